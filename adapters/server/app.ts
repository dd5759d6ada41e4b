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
  /** Read the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
  trustProxy?: boolean;
};

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

/** Creates the server; nothing listens until `listen`. */
export function createApp(options: AppOptions): App {
  const { logger } = options;
  let ready = false;
  let stopping: Promise<void> | undefined;
  const inFlight = new Set<ServerResponse>();

  const health = (res: ServerResponse) =>
    sendJson(res, ready ? 200 : 503, { status: ready ? "ok" : stopping ? "stopping" : "starting", ...(options.health?.() ?? {}) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const given = String(req.headers["x-request-id"] ?? "");
    const id = REQUEST_ID.test(given) ? given : randomUUID();
    // The query may carry a question; only the path is logged.
    const url = new URL(req.url ?? "/", "http://localhost");
    const log = logger.child({ reqId: id });
    inFlight.add(res);
    res.setHeader("x-request-id", id);
    for (const [k, v] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(k, v);
    if (stopping) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight.delete(res);
      log.info({ method: req.method, path: url.pathname, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, "request");
    });

    const ctx: RequestContext = { id, url, cookies: parseCookies(req.headers.cookie), address: clientAddress(req, options.trustProxy), log };
    try {
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

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // A slow or stalled client must not hold a connection for long.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  return {
    server,
    get ready() {
      return ready;
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
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
        server.close(() => resolve());
        server.closeIdleConnections();
        // A response that finishes on a kept-alive connection closes it (see "connection: close" above).
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        setTimeout(() => server.closeAllConnections(), graceMs).unref();
      });
      return stopping;
    },
  };
}
