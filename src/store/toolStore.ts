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
 *      exactly as the bot would. The lock keeps two tools from owning the files at once, and the
 *      bot will not start while it is held (src/store/dataDirFiles.ts has both sides).
 * A data directory with no files yet is an empty store: nothing is created on disk.
 */
import path from 'node:path';
import type { StoreConfig } from '../config';
import { openStore, storeOn, type Store } from './cosmosStore';
import { embeddedClient, startEmbeddedCosmos, type EmbeddedCosmos } from './embeddedCosmos';
import { hasEmbeddedData, replayDataDirInto } from './embeddedJournal';
import { publishedEndpoint, takeToolsLock } from './dataDirFiles';

export type ToolAccess = 'read' | 'write';
export type ToolStoreMode = 'cosmos' | 'running-bot' | 'files-read-only' | 'files' | 'empty';

export interface ToolStore extends Store {
  readonly mode: ToolStoreMode;
}

export interface ToolStoreOptions {
  access: ToolAccess;
  /** How long the running bot's endpoint may take to answer. */
  probeTimeoutMs?: number;
}

export async function openStoreForTools(config: StoreConfig, options: ToolStoreOptions): Promise<ToolStore> {
  if (config.kind === 'cosmos') return { ...(await openStore(config)), mode: 'cosmos' };
  const dataDir = path.resolve(config.dataDir);

  const running = await runningBotEndpoint(dataDir, options.probeTimeoutMs ?? 2000);
  if (running)
    return connect(running, config.database, 'running-bot', `the running bot's embedded store at ${running}`);

  if (!hasEmbeddedData(dataDir))
    return inMemory(undefined, config.database, 'empty', `an empty store (no data in ${dataDir})`);
  if (options.access === 'read')
    return inMemory(dataDir, config.database, 'files-read-only', `a read-only copy of ${dataDir}`);

  const release = takeToolsLock(dataDir);
  try {
    // Checked again under the lock: the bot may have started since.
    const startedMeanwhile = await runningBotEndpoint(dataDir, options.probeTimeoutMs ?? 2000);
    if (startedMeanwhile) {
      release();
      return connect(
        startedMeanwhile,
        config.database,
        'running-bot',
        `the running bot's embedded store at ${startedMeanwhile}`,
      );
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

/** The endpoint of a bot that is running on this data directory, if one is and it answers. */
export async function runningBotEndpoint(dataDir: string, timeoutMs: number): Promise<string | undefined> {
  const endpoint = publishedEndpoint(dataDir);
  if (endpoint === undefined) return undefined;
  const client = embeddedClient(endpoint);
  try {
    await client.getDatabaseAccount({ abortSignal: AbortSignal.timeout(timeoutMs) });
    return endpoint;
  } catch {
    return undefined;
  } finally {
    client.dispose();
  }
}

async function connect(
  endpoint: string,
  databaseId: string,
  mode: ToolStoreMode,
  description: string,
  embedded?: EmbeddedCosmos,
): Promise<ToolStore> {
  const client = embeddedClient(endpoint);
  return { ...(await storeOn(client, databaseId, description, embedded)), mode };
}

/** An in-memory server holding a copy of the files (or nothing); whatever is written to it is discarded at close. */
async function inMemory(
  dataDir: string | undefined,
  databaseId: string,
  mode: ToolStoreMode,
  description: string,
): Promise<ToolStore> {
  const embedded = await startEmbeddedCosmos({});
  try {
    if (dataDir !== undefined) await replayDataDirInto(dataDir, embedded.endpoint);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return connect(embedded.endpoint, databaseId, mode, description, embedded);
}
