import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Slack on loopback while the app is under load: the Web API answers `ok`, and
 * each command's response_url (`/hooks/N`) notes when its answer arrived.
 */
export class LoopbackSlack {
  private server: Server | null = null;
  private base = "";

  constructor(private readonly onAnswer: (command: number) => void) {}

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  responseUrl(command: number): string {
    return `${this.base}/hooks/${command}`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const url = req.url ?? "/";
        const hook = /^\/hooks\/(\d+)$/.exec(url);
        if (hook) this.onAnswer(Number(hook[1]));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(url === "/api/auth.test" ? AUTH_TEST : OK);
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const OK = JSON.stringify({ ok: true });
const AUTH_TEST = JSON.stringify({ ok: true, user_id: "ULOADBOT", team_id: "TLOAD" });
