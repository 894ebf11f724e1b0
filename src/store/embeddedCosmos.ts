/**
 * The embedded Cosmos-compatible server for development (@vercel/cosmosdb-server on loopback).
 * It keeps data in memory only, so we keep a journal: every successful write request is appended
 * to `journal.jsonl` before its response is sent, and replayed at the next start. At start the
 * journal is folded into `snapshot.jsonl` (a compacted journal of creates). A clean stop or a crash
 * of the process loses nothing acknowledged; a power cut can lose what the OS had not yet flushed.
 */
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { JOURNAL_FILE, replayDataDirInto, SNAPSHOT_FILE, type JournalEntry } from './embeddedJournal';

/** The Cosmos DB emulator's published well-known key: the embedded server accepts any key. */
export const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface EmbeddedCosmos {
  readonly endpoint: string;
  readonly key: string;
  /** Stops answering (for fault tests): the port closes, data stays. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedCosmosOptions {
  /** Folder for the journal and snapshot; undefined keeps data in memory only (tests). */
  dataDir?: string;
  /** Serve HTTPS with this certificate (tests of token authentication, which the SDK allows only over TLS). */
  tls?: { cert: string; key: string };
  host?: string;
  port?: number;
}

/**
 * A client for an embedded server. Endpoint discovery would follow the server's advertised https
 * address, which is not real for a loopback server.
 */
export function embeddedClient(endpoint: string): CosmosClient {
  return new CosmosClient({ endpoint, key: EMULATOR_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
}

const SYSTEM_PROPERTIES = [
  '_rid',
  '_self',
  '_etag',
  '_attachments',
  '_ts',
  '_docs',
  '_sprocs',
  '_triggers',
  '_udfs',
  '_conflicts',
];

/**
 * Loaded only when the configuration asks for the embedded store, so a bot on Azure Cosmos DB never
 * loads it. It is a devDependency: `npm install` has it; a production install (`--omit=dev`) does not.
 */
async function loadEmbeddedServer(): Promise<typeof import('@vercel/cosmosdb-server')> {
  try {
    return await import('@vercel/cosmosdb-server');
  } catch (error) {
    throw new Error(
      `The embedded development store needs the devDependency @vercel/cosmosdb-server (run \`npm install\`, not \`npm install --omit=dev\`): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

export async function startEmbeddedCosmos(options: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
  const host = options.host ?? '127.0.0.1';
  let journalFd: number | undefined;
  // Keep-alive: without it every store call opens a new connection (measured: 6.1 → 3.6 ms of CPU per turn).
  const { createHttpServer, createHttpsServer } = await loadEmbeddedServer();
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key, keepAlive: true })
    : createHttpServer({ keepAlive: true });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) =>
    journalWrites(req, res, () => journalFd),
  );

  let port = options.port ?? 0;
  await listen(server, host, port);
  port = (server.address() as AddressInfo).port;
  const endpoint = `${options.tls ? 'https' : 'http'}://${host}:${port}/`;

  if (options.dataDir) {
    const dir = path.resolve(options.dataDir);
    // Children's details live here: readable by the bot's own user only.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    const snapshotFile = path.join(dir, SNAPSHOT_FILE);
    const journalFile = path.join(dir, JOURNAL_FILE);
    // Replayed over plain http to our own loopback port, whichever protocol clients use.
    await replayDataDirInto(dir, `http://${host}:${port}/`);
    await writeSnapshot(endpoint, snapshotFile);
    writeFileSync(journalFile, '', { mode: 0o600 });
    chmodSync(journalFile, 0o600);
    journalFd = openSync(journalFile, 'a', 0o600);
  }

  // Pausing refuses connections instead of closing the server: re-listening would make the
  // package start a fresh, empty account.
  let paused = false;
  server.on('connection', (socket) => {
    if (paused) socket.destroy();
  });
  return {
    endpoint,
    key: EMULATOR_KEY,
    async pause() {
      paused = true;
      server.closeAllConnections();
    },
    async resume() {
      paused = false;
    },
    async stop() {
      paused = true;
      await close(server);
      if (journalFd !== undefined) {
        fsyncSync(journalFd);
        closeSync(journalFd);
        journalFd = undefined;
      }
    },
  };
}

function isWrite(req: http.IncomingMessage): req is http.IncomingMessage & { method: JournalEntry['method'] } {
  if (req.method === 'POST') {
    const query =
      req.headers['x-ms-documentdb-isquery'] === 'True' ||
      req.headers['x-ms-documentdb-isquery'] === 'true' ||
      req.headers['content-type'] === 'application/query+json';
    return !query;
  }
  return req.method === 'PUT' || req.method === 'PATCH' || req.method === 'DELETE';
}

/** Appends a successful write to the journal before its response leaves, so what was acknowledged is on disk. */
function journalWrites(req: http.IncomingMessage, res: http.ServerResponse, fd: () => number | undefined): void {
  if (fd() === undefined || !isWrite(req)) return;
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.end = ((...args: unknown[]) => {
    const target = fd();
    if (target !== undefined && res.statusCode >= 200 && res.statusCode < 300) {
      const entry: JournalEntry = {
        method: req.method as JournalEntry['method'],
        path: req.url ?? '/',
        headers: replayHeaders(req.headers),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      writeSync(target, JSON.stringify(entry) + '\n');
    }
    return end(...args);
  }) as typeof res.end;
}

function replayHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    // ETag preconditions held when the write was acknowledged; on replay the ETags differ.
    if (typeof value !== 'string' || name === 'if-match' || name === 'if-none-match' || name === 'authorization')
      continue;
    if (name.startsWith('x-ms-') || name === 'content-type') kept[name] = value;
  }
  return kept;
}

/** Writes the whole store as a compacted journal of creates, atomically (write, fsync, rename). */
async function writeSnapshot(endpoint: string, file: string): Promise<void> {
  const client = embeddedClient(endpoint);
  const lines: string[] = [];
  const json = { 'content-type': 'application/json' };
  const { resources: databases } = await client.databases.readAll().fetchAll();
  for (const db of databases) {
    lines.push(JSON.stringify({ method: 'POST', path: '/dbs', headers: json, body: JSON.stringify({ id: db.id }) }));
    const { resources: containers } = await client.database(db.id).containers.readAll().fetchAll();
    for (const c of containers) {
      const def = {
        id: c.id,
        partitionKey: c.partitionKey,
        defaultTtl: c.defaultTtl,
        indexingPolicy: c.indexingPolicy,
      };
      lines.push(
        JSON.stringify({
          method: 'POST',
          path: `/dbs/${encodeURIComponent(db.id)}/colls`,
          headers: json,
          body: JSON.stringify(def),
        }),
      );
      const { resources: items } = await client.database(db.id).container(c.id).items.readAll().fetchAll();
      const keyPaths = c.partitionKey?.paths ?? [];
      for (const item of items) {
        const clean: Record<string, unknown> = { ...item };
        for (const p of SYSTEM_PROPERTIES) delete clean[p];
        const partitionKey = JSON.stringify(keyPaths.map((p) => valueAt(clean, p)));
        const headers = { ...json, 'x-ms-documentdb-is-upsert': 'true', 'x-ms-documentdb-partitionkey': partitionKey };
        lines.push(
          JSON.stringify({
            method: 'POST',
            path: `/dbs/${encodeURIComponent(db.id)}/colls/${encodeURIComponent(c.id)}/docs`,
            headers,
            body: JSON.stringify(clean),
          }),
        );
      }
    }
  }
  client.dispose();
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  writeSync(fd, lines.map((l) => l + '\n').join(''));
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, file);
}

function valueAt(item: Record<string, unknown>, keyPath: string): unknown {
  let current: unknown = item;
  for (const part of keyPath.split('/').filter(Boolean))
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  return current ?? {};
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
