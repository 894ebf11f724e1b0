/**
 * A Bot Connector service on loopback: records every activity the bot sends (replies, proactive
 * messages, card updates, created conversations) and can be told to fail the next sends with a
 * status (429, 500, 403) to test retries.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface ConnectorActivity {
  type?: string;
  id?: string;
  text?: string;
  locale?: string;
  attachments?: { contentType: string; content: unknown }[];
  suggestedActions?: { actions: { title: string; value: unknown }[] };
  [field: string]: unknown;
}

export interface Received {
  method: 'POST' | 'PUT' | 'CREATE';
  path: string;
  conversationId: string;
  activity: ConnectorActivity;
  /** The id the stand-in answered with (a PUT keeps the id in its path). */
  id: string;
  at: number;
}

export interface InjectedFailure {
  status: number;
  retryAfterSeconds?: number;
  /** Only requests whose conversation id matches fail (all when absent). */
  conversationId?: string;
}

export class ConnectorStandIn {
  readonly received: Received[] = [];
  readonly created: { conversationId: string; params: Record<string, unknown> }[] = [];
  /** Teams members the members API knows (GET …/members/{id}), by any id it accepts; each look-up is counted. */
  readonly members = new Map<string, Record<string, unknown>>();
  readonly memberLookups: string[] = [];
  private failures: InjectedFailure[] = [];
  private readonly waiters: { pred: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  private server: http.Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** The next `count` sends (matching the conversation, if given) answer `status`. */
  failNext(count: number, failure: InjectedFailure): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  clearFailures(): void {
    this.failures = [];
  }

  forConversation(conversationId: string): Received[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  waitFor(pred: (r: Received) => boolean, timeoutMs = 8000): Promise<Received> {
    const hit = this.received.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const waiter = { pred, resolve };
      this.waiters.push(waiter);
      setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) {
          this.waiters.splice(i, 1);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for connector traffic`));
        }
      }, timeoutMs).unref();
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    let parsed: Record<string, unknown>;
    try {
      parsed = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return json(400, { error: { code: 'BadArgument', message: 'not JSON' } });
    }
    if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(url.pathname)) {
      const failure = this.takeFailure(undefined);
      if (failure)
        return json(
          failure.status,
          { error: { code: 'Injected', message: 'injected' } },
          failure.retryAfterSeconds !== undefined ? { 'retry-after': String(failure.retryAfterSeconds) } : {},
        );
      const conversationId = `a:created-${randomUUID()}`;
      this.created.push({ conversationId, params: parsed });
      return json(201, { id: conversationId, activityId: randomUUID() });
    }
    const member = /\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && member) {
      const userId = decodeURIComponent(member[2]);
      this.memberLookups.push(userId);
      const known = this.members.get(userId);
      return known
        ? json(200, known)
        : json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    }
    const match = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?/.exec(url.pathname);
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) return json(404, { error: { code: 'NotFound' } });
    const conversationId = decodeURIComponent(match[1]);
    const failure = this.takeFailure(conversationId);
    if (failure)
      return json(
        failure.status,
        { error: { code: 'Injected', message: 'injected' } },
        failure.retryAfterSeconds !== undefined ? { 'retry-after': String(failure.retryAfterSeconds) } : {},
      );
    const id = req.method === 'PUT' && match[2] ? decodeURIComponent(match[2]) : randomUUID();
    const record: Received = {
      method: req.method === 'PUT' ? 'PUT' : 'POST',
      path: url.pathname,
      conversationId,
      activity: parsed as ConnectorActivity,
      id,
      at: Date.now(),
    };
    this.received.push(record);
    for (const waiter of [...this.waiters]) {
      if (waiter.pred(record)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }
    json(200, { id });
  }

  private takeFailure(conversationId: string | undefined): InjectedFailure | undefined {
    const i = this.failures.findIndex((f) => f.conversationId === undefined || f.conversationId === conversationId);
    if (i < 0) return undefined;
    return this.failures.splice(i, 1)[0];
  }
}
