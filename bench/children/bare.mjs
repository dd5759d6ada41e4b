// The bare baselines on the same HTTP stack (node:http) and the same local fakes as our server: a Bolt app in the
// same HTTPReceiver that acks and posts a fixed text, a botbuilder CloudAdapter echo bot, a handler that reads the
// JSON body and returns a fixed JSON, and /healthz. Started the way our server starts: listen, then ready.
import { createServer } from "node:http";
import bolt from "@slack/bolt";
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";

const env = process.env;
const receiver = new bolt.HTTPReceiver({ signingSecret: env.SLACK_SIGNING_SECRET, endpoints: "/slack/events", logLevel: bolt.LogLevel.ERROR });
const app = new bolt.App({ token: env.SLACK_BOT_TOKEN, receiver, logLevel: bolt.LogLevel.ERROR, clientOptions: { slackApiUrl: env.SLACK_API_URL } });
app.event("app_mention", async ({ event, client }) => {
  await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: "Thanks for your question." });
});

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant", MicrosoftAppTenantId: "" }));
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}
const echo = new EchoBot();

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function shim(res) {
  const s = {
    socket: res.socket,
    status(code) {
      res.statusCode = code;
      return s;
    },
    header(name, value) {
      res.setHeader(name, String(value));
      return s;
    },
    send(body) {
      if (body !== undefined && body !== null) res.write(typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
      return s;
    },
    end() {
      res.end();
      return s;
    },
  };
  return s;
}

const FIXED = JSON.stringify({ id: "fixed", answer: { intent: "fixed", parts: ["A fixed answer."], citations: [], followUps: [] } });

const server = createServer(async (req, res) => {
  const path = (req.url ?? "/").split("?")[0];
  if (path === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
  } else if (path === "/slack/events") {
    receiver.requestListener(req, res);
  } else if (path === "/api/messages") {
    const body = JSON.parse(await readBody(req));
    await adapter.process({ method: req.method, headers: req.headers, body }, shim(res), (context) => echo.run(context));
  } else if (path === "/api/chat/ask") {
    JSON.parse(await readBody(req));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(FIXED) }).end(FIXED);
  } else {
    res.writeHead(404).end();
  }
});
server.listen(Number(env.PORT ?? 0), env.HOST ?? "127.0.0.1", () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  console.log(`bare: ${url}`);
  process.send?.({ type: "ready", url });
});
process.on("message", (message) => {
  if (message?.type === "stop") server.close(() => process.exit(0));
});
