// The one HTTP server: routes, a log line per request, /healthz, and a graceful stop.
// It knows nothing of answers; the web chat, the HR pages and the channels bring their own routes.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { BASE_SECURITY_HEADERS, clientAddress, HttpError, parseCookies, sendJson, sendText, type RequestContext, type Route } from "./http.js";

export type AppOptions = {
  routes: Route[];
  logger: Logger;
  /** What /healthz reports beside the status, e.g. the notice id. */
  health?: () => Record<string, unknown>;
  /** Read the client address from X-Forwarded-For (only behind a reverse proxy that sets it); also turns on HSTS for requests the proxy says came over HTTPS. */
  trustProxy?: boolean;
  /** Slow clients are cut: headers within `headersMs` (default 15 s), the whole request within `requestMs` (default 30 s). */
  timeouts?: { headersMs?: number; requestMs?: number };
  /** Open connections one address may hold at once; more are closed at once. Default 256; 0 is no cap. */
  maxConnectionsPerAddress?: number;
};

/** Why the server could not listen: one line naming the variable, e.g. "server: port 3978 is already in use (PORT)". */
export class ListenError extends Error {
  readonly code = "listen_failed";
  constructor(message: string) {
    super(`server: ${message}`);
    this.name = "ListenError";
  }
}

function listenProblem(error: NodeJS.ErrnoException, port: number, host: string | undefined): string {
  const where = host ? `${host}:${port}` : `port ${port}`;
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${port} is already in use (PORT)`;
    case "EACCES":
      return `not allowed to listen on ${where}; ports below 1024 need privileges (PORT)`;
    case "EADDRNOTAVAIL":
      return `cannot listen on ${host}: it is not an address of this machine (HOST)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot listen on ${host}: no such host (HOST)`;
    default:
      return `cannot listen on ${where}: ${error.code ?? error.message} (PORT, HOST)`;
  }
}

/** One year, as HSTS is usually sent. */
const HSTS = "max-age=31536000; includeSubDomains";

export type App = {
  server: Server;
  /** Starts listening; resolves with the base URL. Port 0 picks a free port. */
  listen(port: number, host?: string): Promise<string>;
  /** True once listening and until a stop begins; /healthz answers 503 otherwise. */
  readonly ready: boolean;
  /**
   * Stops taking new requests, lets those in flight finish (up to `graceMs`, then cuts them), and resolves
   * once every connection is closed.
   */
  stop(graceMs?: number): Promise<void>;
};

// A request id from a proxy is kept when it looks like one; anything else is replaced.
const REQUEST_ID = /^[\w.:-]{1,64}$/;

function matches(route: Route, method: string, path: string): boolean {
  const m = method === "HEAD" ? "GET" : method;
  if (route.method !== m) return false;
  return route.prefix ? path === route.path || path.startsWith(route.path.endsWith("/") ? route.path : `${route.path}/`) : path === route.path;
}

/** The request target as a URL, or undefined when it is not one ("//[", "http://["). */
function parseTarget(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? "/", "http://localhost");
  } catch {
    return undefined;
  }
}

/** Creates the server; nothing listens until `listen`. */
export function createApp(options: AppOptions): App {
  const { logger } = options;
  let ready = false;
  let stopping: Promise<void> | undefined;
  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | undefined;

  const health = (res: ServerResponse) =>
    sendJson(res, ready ? 200 : 503, { status: ready ? "ok" : stopping ? "stopping" : "starting", ...(options.health?.() ?? {}) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const given = String(req.headers["x-request-id"] ?? "");
    const id = REQUEST_ID.test(given) ? given : randomUUID();
    // The query may carry a question; only the path is logged. A target that is not a URL ("//[", "http://[")
    // is answered 400 below; until then the request has the root path.
    const url = parseTarget(req.url);
    const log = logger.child({ reqId: id });
    inFlight.add(res);
    res.setHeader("x-request-id", id);
    for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(k, v);
    // Behind a trusted proxy that says the client came over HTTPS (or on a TLS socket), browsers are told to stay on HTTPS.
    const https = Boolean((req.socket as { encrypted?: boolean }).encrypted) || (options.trustProxy === true && String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim() === "https");
    if (https) res.setHeader("strict-transport-security", HSTS);
    if (stopping) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight.delete(res);
      if (stopping && inFlight.size === 0) drained?.();
      log.info({ method: req.method, path: url?.pathname ?? "(bad target)", status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, "request");
    });

    try {
      if (!url) throw new HttpError(400, "bad request target");
      const ctx: RequestContext = { id, url, cookies: parseCookies(req.headers.cookie), address: clientAddress(req, options.trustProxy), https, log };
      if (url.pathname === "/healthz" && (req.method === "GET" || req.method === "HEAD")) return health(res);
      const route = options.routes.find((r) => matches(r, req.method ?? "GET", url.pathname));
      if (!route) {
        const other = options.routes.some((r) => matches(r, r.method, url.pathname));
        throw other ? new HttpError(405, "method not allowed") : new HttpError(404, "not found");
      }
      await route.handle(req, res, ctx);
    } catch (e) {
      if (res.headersSent) {
        log.error({ err: e }, "error after the response started");
        res.destroy();
        return;
      }
      if (e instanceof HttpError) {
        for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
        sendJson(res, e.status, { error: e.message });
        return;
      }
      log.error({ err: e, code: (e as { code?: unknown }).code }, "request failed");
      sendText(res, 500, "Sorry, something went wrong. Please try again.");
    }
  };

  // A slow or stalled client must not hold a connection for long. Node checks these timeouts only every
  // `connectionsCheckingInterval` (30 s by default), so a 15 s limit held for up to 45 s: it checks every second here.
  const headersMs = options.timeouts?.headersMs ?? 15_000;
  const requestMs = Math.max(options.timeouts?.requestMs ?? 30_000, headersMs);
  // An idle kept-alive connection stays open longer than clients and load balancers keep theirs (fetch: 4 s,
  // nginx and cloud balancers: 60 s), so the server never closes one just as a client sends on it (ECONNRESET).
  const server = createServer({ headersTimeout: headersMs, requestTimeout: requestMs, connectionsCheckingInterval: Math.min(1000, headersMs), keepAliveTimeout: 65_000 }, (req, res) => {
    // Whatever escapes `handle` (a throw in its own error path) is logged and answered 500, never left to end the process.
    handle(req, res).catch((e: unknown) => {
      logger.error({ err: e }, "request handler failed");
      if (!res.headersSent) sendText(res, 500, "Sorry, something went wrong. Please try again.");
      else res.destroy();
    });
  });
  const perAddress = new Map<string, number>();
  const maxPerAddress = options.maxConnectionsPerAddress ?? 256;
  if (maxPerAddress > 0) {
    server.on("connection", (socket) => {
      const address = socket.remoteAddress ?? "unknown";
      const open = (perAddress.get(address) ?? 0) + 1;
      if (open > maxPerAddress) {
        socket.destroy();
        return;
      }
      perAddress.set(address, open);
      socket.once("close", () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
    });
  }

  return {
    server,
    get ready() {
      return ready;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", (error: NodeJS.ErrnoException) => reject(new ListenError(listenProblem(error, port, host))));
        server.listen(port, host, () => {
          server.removeAllListeners("error");
          ready = true;
          const { port: bound } = server.address() as AddressInfo;
          const shown = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
          resolve(`http://${shown}:${bound}`);
        });
      });
    },
    stop(graceMs = 10_000) {
      stopping ??= new Promise<void>((resolve) => {
        ready = false;
        if (!server.listening) return resolve();
        // While requests are in flight the server still listens, so a load balancer's /healthz reads 503
        // ("stopping") instead of a refused connection; then it closes.
        const close = () => {
          drained = undefined;
          server.close(() => resolve());
          server.closeIdleConnections();
        };
        server.closeIdleConnections();
        // A response that finishes on a kept-alive connection closes it (see "connection: close" above).
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        setTimeout(() => {
          close();
          server.closeAllConnections();
        }, graceMs).unref();
        if (inFlight.size === 0) close();
        else drained = close;
      });
      return stopping;
    },
  };
}
