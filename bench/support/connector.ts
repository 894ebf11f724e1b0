/**
 * A minimal, fast Bot Connector on loopback for benchmarks: answers every send at once (200 with an
 * id, 201 for a created conversation), and timestamps what arrives for whoever listens. Bodies are
 * handed over raw; only listeners that need a field parse them.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Arrival {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The raw JSON the bot sent. */
  body: string;
  /** performance.now() when the body had fully arrived. */
  at: number;
}

export type ArrivalListener = (arrival: Arrival) => void;

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/;
const CREATE_PATH = /^\/v3\/conversations\/?(?:\?.*)?$/;

export class BenchConnector {
  url = '';
  /** Activities received (POST and PUT), over the whole run. */
  received = 0;
  conversationsCreated = 0;
  private nextId = 0;
  private readonly listeners = new Set<ArrivalListener>();
  private server: http.Server | undefined;

  async start(): Promise<this> {
    const server = http.createServer((req, res) => this.handle(req, res));
    // The bot keeps connections open between sends; do not let the stand-in be the bottleneck.
    server.keepAliveTimeout = 60_000;
    server.maxRequestsPerSocket = 0;
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return this;
  }

  /** Calls `listener` for every activity until the returned function is called. */
  listen(listener: ArrivalListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first arrival `predicate` accepts, or rejects after `timeoutMs`. */
  next(predicate: (arrival: Arrival) => boolean, timeoutMs: number): Promise<Arrival> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no matching activity reached the connector within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = this.listen((arrival) => {
        if (!predicate(arrival)) return;
        clearTimeout(timer);
        stop();
        resolve(arrival);
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      const path = req.url ?? '/';
      if (req.method === 'POST' && CREATE_PATH.test(path)) {
        this.conversationsCreated += 1;
        return this.answer(
          res,
          201,
          `{"id":"a:bench-created-${this.conversationsCreated}","activityId":"bench-${++this.nextId}"}`,
        );
      }
      const match = ACTIVITY_PATH.exec(path);
      if (!match || (req.method !== 'POST' && req.method !== 'PUT'))
        return this.answer(res, 404, '{"error":{"code":"NotFound"}}');
      const method = req.method;
      const id = method === 'PUT' && match[2] ? decodeURIComponent(match[2]) : `bench-${++this.nextId}`;
      this.received += 1;
      // Answer first: listeners must not slow the bot's sends down.
      this.answer(res, 200, JSON.stringify({ id }));
      if (this.listeners.size === 0) return;
      const arrival: Arrival = {
        method,
        conversationId: decodeURIComponent(match[1] ?? ''),
        body: Buffer.concat(chunks).toString('utf8'),
        at,
      };
      for (const listener of [...this.listeners]) listener(arrival);
    });
  }

  private answer(res: http.ServerResponse, status: number, body: string): void {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  }
}
