/**
 * The HTTP surface: health, readiness, the Bot Framework messaging endpoint, and whatever the
 * web chat module registers (page, token endpoint, local Direct Line). No bot logic lives here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import type { Logger } from '../observability/logger';
import { safeError } from '../observability/logger';

export interface ServerDeps {
  logger: Logger;
  handleMessages: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  isReady: () => Promise<boolean>;
  registerRoutes?: (server: Server) => void;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'early-help-navigator', handleUncaughtExceptions: false });
  server.pre((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('cache-control', 'no-store');
    return next();
  });

  server.get('/healthz', (_req, res, next) => {
    res.json(200, { status: 'ok' });
    return next();
  });

  server.get('/readyz', async (_req, res) => {
    const ready = await deps.isReady();
    res.json(ready ? 200 : 503, {
      status: ready ? 'ready' : 'unavailable',
      store: ready ? 'reachable' : 'unreachable',
    });
  });

  server.post('/api/messages', async (req, res) => {
    try {
      await deps.handleMessages(req, res);
    } catch (err) {
      deps.logger.error({ event: 'messages.unhandled', err: safeError(err) });
      if (!res.headersSent) res.json(500, { error: { code: 'TURN_FAILED' } });
    }
  });

  deps.registerRoutes?.(server);

  server.on('restifyError', (req, _res, err, callback) => {
    // Log client faults quietly and server faults loudly; never echo the request.
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500)
      deps.logger.error({ event: 'http.error', status, route: req.getRoute()?.path, err: safeError(err) });
    else deps.logger.info({ event: 'http.rejected', status, route: req.getRoute()?.path });
    return callback();
  });
  return server;
}

export function listen(server: Server, port: number, host: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const displayHost = address.address.includes(':') ? `[${address.address}]` : address.address;
      resolve({
        server,
        url: `http://${displayHost === '0.0.0.0' ? '127.0.0.1' : displayHost}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.server.closeAllConnections();
          }),
      });
    });
  });
}
