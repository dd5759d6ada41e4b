// Draws the Teams app's two icons as PNGs with node:zlib alone, so they can be re-made without an image tool:
//   npx tsx adapters/teams/icons/draw.ts   → adapters/teams/icons/color.png (192×192), outline.png (32×32)
// Colour: a white speech bubble holding a ring of twelve gold stars on EU blue.
// Outline: the bubble in white on a transparent background, as Teams requires.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];
/** Coverage test for a shape at a point in the unit square (0..1 both ways). */
type Shape = (x: number, y: number) => boolean;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (row by row) as a PNG. */
export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    raw.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/** Paints layers (later over earlier) with 4×4 supersampling for smooth edges. */
function paint(size: number, layers: { shape: Shape; color: Rgba }[]): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color: Rgba = [0, 0, 0, 0];
          for (const layer of layers) if (layer.shape(x, y)) color = layer.color;
          r += color[0] * color[3];
          g += color[1] * color[3];
          b += color[2] * color[3];
          a += color[3];
        }
      }
      const i = (py * size + px) * 4;
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a / (n * n));
    }
  }
  return pixels;
}

const roundedRect =
  (x0: number, y0: number, x1: number, y1: number, r: number): Shape =>
  (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

const triangle =
  ([ax, ay]: [number, number], [bx, by]: [number, number], [cx, cy]: [number, number]): Shape =>
  (x, y) => {
    const side = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
    const d1 = side(ax, ay, bx, by);
    const d2 = side(bx, by, cx, cy);
    const d3 = side(cx, cy, ax, ay);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** A five-pointed star centred at (cx, cy). */
const star =
  (cx: number, cy: number, outer: number): Shape =>
  (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const r = Math.hypot(dx, dy);
    if (r > outer) return false;
    const angle = Math.atan2(dx, -dy);
    const sector = (2 * Math.PI) / 5;
    const t = Math.abs((((angle % sector) + sector) % sector) - sector / 2) / (sector / 2);
    // Radius of the star's edge at this angle: from the inner radius (t = 0) out to the point (t = 1).
    const inner = outer * 0.382;
    return r <= inner + (outer - inner) * t ** 1.6;
  };

// The bubble: a rounded body and a tail at its lower left, in unit coordinates.
const bubbleBody = (inset: number) => roundedRect(0.16 + inset, 0.2 + inset, 0.84 - inset, 0.72 - inset, 0.12 - inset);
const bubbleTail = triangle([0.28, 0.66], [0.46, 0.7], [0.24, 0.86]);

export function drawColorIcon(): Buffer {
  const size = 192;
  const stars: Shape[] = Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    return star(0.5 + 0.17 * Math.sin(a), 0.46 - 0.17 * Math.cos(a), 0.035);
  });
  return encodePng(
    size,
    size,
    paint(size, [
      { shape: () => true, color: [0, 51, 153, 255] },
      { shape: union(bubbleBody(0), bubbleTail), color: [255, 255, 255, 255] },
      { shape: union(...stars), color: [255, 204, 0, 255] },
    ]),
  );
}

export function drawOutlineIcon(): Buffer {
  const size = 32;
  const outer = union(roundedRect(0.1, 0.16, 0.9, 0.72, 0.16), triangle([0.24, 0.66], [0.46, 0.7], [0.2, 0.9]));
  const hole = roundedRect(0.2, 0.26, 0.8, 0.62, 0.08);
  return encodePng(size, size, paint(size, [{ shape: (x, y) => outer(x, y) && !hole(x, y), color: [255, 255, 255, 255] }]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  writeFileSync(`${dir}color.png`, drawColorIcon());
  writeFileSync(`${dir}outline.png`, drawOutlineIcon());
  console.log(`icons: wrote ${dir}color.png (192×192) and ${dir}outline.png (32×32)`);
}
