/**
 * Opens the store for a command-line tool (referrals:export, :report, :purge) without harming a
 * running bot. With Azure Cosmos DB that is just the normal client. With the embedded store the
 * data lives inside the bot's process while `npm start` runs, so:
 *
 *   1. If `<DATA_DIR>/endpoint.json` names a live process whose endpoint answers, use that
 *      endpoint: reads see the bot's data, writes are journaled by the bot itself.
 *   2. Otherwise, to read: start an in-memory server and replay the files into it (the files are
 *      never written).
 *   3. Otherwise, to write (purge; export, whose audit entries must persist): take
 *      `<DATA_DIR>/tools.lock` and open the store the normal way (replay, snapshot, journal),
 *      exactly as the bot would. The lock keeps two tools from owning the files at once; the bot
 *      should refuse to start while it is held (see the report to the lead).
 * A data directory with no files yet is an empty store: nothing is created on disk.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { z } from 'zod';
import type { StoreConfig } from '../config';
import { openStore, storeOn, type Store } from '../store/cosmosStore';
import { EMULATOR_KEY, startEmbeddedCosmos, type EmbeddedCosmos } from '../store/embeddedCosmos';
import { hasEmbeddedData, replayDataDirInto } from '../store/embeddedJournal';
import { errorCode } from './systemErrors';

export const ENDPOINT_FILE = 'endpoint.json';
export const TOOLS_LOCK_FILE = 'tools.lock';

export type ToolAccess = 'read' | 'write';
export type ToolStoreMode = 'cosmos' | 'running-bot' | 'files-read-only' | 'files' | 'empty';

export interface ToolStore extends Store {
  readonly mode: ToolStoreMode;
}

const endpointFileSchema = z.object({
  endpoint: z.string().refine((value) => URL.canParse(value) && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(value).hostname), {
    message: 'must be a loopback http URL',
  }),
  pid: z.number().int().positive(),
});

export interface ToolStoreOptions {
  access: ToolAccess;
  /** How long the running bot's endpoint may take to answer. */
  probeTimeoutMs?: number;
}

export async function openStoreForTools(config: StoreConfig, options: ToolStoreOptions): Promise<ToolStore> {
  if (config.kind === 'cosmos') return { ...(await openStore(config)), mode: 'cosmos' };
  const dataDir = path.resolve(config.dataDir);

  const running = await runningBotEndpoint(dataDir, options.probeTimeoutMs ?? 2000);
  if (running) return connect(running, config.database, 'running-bot', `the running bot's embedded store at ${running}`);

  if (!hasEmbeddedData(dataDir)) return inMemory(undefined, config.database, 'empty', `an empty store (no data in ${dataDir})`);
  if (options.access === 'read') return inMemory(dataDir, config.database, 'files-read-only', `a read-only copy of ${dataDir}`);

  const release = takeToolsLock(dataDir);
  try {
    // Checked again under the lock: the bot may have started since.
    const startedMeanwhile = await runningBotEndpoint(dataDir, options.probeTimeoutMs ?? 2000);
    if (startedMeanwhile) {
      release();
      return connect(startedMeanwhile, config.database, 'running-bot', `the running bot's embedded store at ${startedMeanwhile}`);
    }
    const store = await openStore(config);
    return {
      ...store,
      mode: 'files',
      async close() {
        try {
          await store.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return errorCode(error) === 'EPERM';
  }
}

function readPidFile<T>(file: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The endpoint of a bot that is running on this data directory, if one is and it answers. */
export async function runningBotEndpoint(dataDir: string, timeoutMs: number): Promise<string | undefined> {
  const published = readPidFile(path.join(dataDir, ENDPOINT_FILE), endpointFileSchema);
  if (!published || !isAlive(published.pid)) return undefined;
  const client = new CosmosClient({ endpoint: published.endpoint, key: EMULATOR_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
  try {
    await client.getDatabaseAccount({ abortSignal: AbortSignal.timeout(timeoutMs) });
    return published.endpoint;
  } catch {
    return undefined;
  } finally {
    client.dispose();
  }
}

const lockFileSchema = z.object({ pid: z.number().int().positive() });

/** Creates the lock exclusively; a lock left by a dead process is taken over. Returns its release. */
function takeToolsLock(dataDir: string): () => void {
  const file = path.join(dataDir, TOOLS_LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid }) + '\n', { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      const holder = readPidFile(file, lockFileSchema);
      if (holder && isAlive(holder.pid)) throw new Error(`Another tool (process ${holder.pid}) is using ${dataDir}; try again when it has finished`);
      unlinkSync(file);
    }
  }
  throw new Error(`Could not take ${file}`);
}

async function connect(endpoint: string, databaseId: string, mode: ToolStoreMode, description: string, embedded?: EmbeddedCosmos): Promise<ToolStore> {
  const client = new CosmosClient({ endpoint, key: EMULATOR_KEY, connectionPolicy: { enableEndpointDiscovery: false } });
  return { ...(await storeOn(client, databaseId, description, embedded)), mode };
}

/** An in-memory server holding a copy of the files (or nothing); whatever is written to it is discarded at close. */
async function inMemory(dataDir: string | undefined, databaseId: string, mode: ToolStoreMode, description: string): Promise<ToolStore> {
  const embedded = await startEmbeddedCosmos({});
  try {
    if (dataDir !== undefined) await replayDataDirInto(dataDir, embedded.endpoint);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return connect(embedded.endpoint, databaseId, mode, description, embedded);
}
