/**
 * A loopback stand-in for Azure's Direct Line service, as a browser on another origin meets it
 * (CORS, polling): it issues a token for the secret, then runs one conversation whose "bot" greets
 * and echoes. It records who Direct Line was asked to issue tokens for and who spoke.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AzureDirectLineStandIn {
  url: string;
  /** User ids tokens were generated for (with the right secret). */
  readonly tokenUsers: string[];
  /** `from.id` of every activity the page posted. */
  readonly speakers: string[];
  close(): Promise<void>;
}

export const STAND_IN_WELCOME = 'Hello from the Direct Line stand-in';

export async function startAzureDirectLineStandIn(secret: string): Promise<AzureDirectLineStandIn> {
  const tokens = new Map<string, string>(); // token → user id
  const activities: Array<Record<string, unknown>> = [];
  const standIn: AzureDirectLineStandIn = { url: '', tokenUsers: [], speakers: [], close: async () => undefined };
  const conversation = { id: 'StandInConversation-eu' };
  const botAccount = { id: 'early-help-navigator', role: 'bot' };
  const add = (activity: Record<string, unknown>) => {
    const id = `${conversation.id}|${String(activities.length).padStart(7, '0')}`;
    activities.push({ ...activity, id, conversation, timestamp: new Date().toISOString() });
    return id;
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader(
      'access-control-allow-headers',
      req.headers['access-control-request-headers'] ?? 'authorization, content-type',
    );
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      return void res.end();
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body =
      chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const json = (status: number, value: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(value));
    };

    if (req.method === 'POST' && path === '/v3/directline/tokens/generate') {
      if (bearer !== secret) return json(403, {});
      const user = String((body.user as { id?: unknown } | undefined)?.id ?? '');
      standIn.tokenUsers.push(user);
      const token = `token-${tokens.size + 1}`;
      tokens.set(token, user);
      return json(200, { conversationId: conversation.id, token, expires_in: 3600 });
    }
    const user = tokens.get(bearer);
    if (user === undefined) return json(403, {});
    if (req.method === 'POST' && path === '/v3/directline/conversations') {
      if (activities.length === 0) add({ type: 'message', from: botAccount, text: STAND_IN_WELCOME });
      return json(201, { conversationId: conversation.id, token: bearer, expires_in: 3600 });
    }
    if (req.method === 'POST' && path === '/v3/directline/tokens/refresh')
      return json(200, { conversationId: conversation.id, token: bearer, expires_in: 3600 });
    if (path === `/v3/directline/conversations/${conversation.id}/activities`) {
      if (req.method === 'GET') {
        const from = Number(new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') || 0);
        return json(200, { activities: activities.slice(from), watermark: String(activities.length) });
      }
      standIn.speakers.push(user);
      const id = add({ ...body, from: { id: user, role: 'user' } });
      add({ type: 'message', from: botAccount, text: `Stand-in heard: ${String(body.text ?? '')}`, replyToId: id });
      return json(200, { id });
    }
    json(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  standIn.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return standIn;
}
