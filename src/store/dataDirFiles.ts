/**
 * Files the running bot and the referrals tools use to share the embedded store's data folder:
 * the bot publishes its store endpoint (tools then go through it instead of the files), and a tool
 * working on the files holds a lock the bot will not start over. Both sides read them here.
 */
import { chmodSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { errorCode } from '../systemErrors';

export const ENDPOINT_FILE = 'endpoint.json';
export const TOOLS_LOCK_FILE = 'tools.lock';

const lockFileSchema = z.object({ pid: z.number().int().positive() });
const endpointFileSchema = lockFileSchema.extend({
  endpoint: z
    .string()
    .refine((value) => URL.canParse(value) && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(value).hostname), {
      message: 'must be a loopback http URL',
    }),
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return errorCode(error) === 'EPERM';
  }
}

/** A pid file's content, or undefined when it is missing or malformed. */
function readPidFile<T>(file: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Throws when a referrals tool is writing the data folder's files right now. */
export function assertNoToolRunning(dataDir: string): void {
  const holder = readPidFile(path.join(dataDir, TOOLS_LOCK_FILE), lockFileSchema)?.pid;
  if (holder !== undefined && holder !== process.pid && isAlive(holder))
    throw new Error(
      `A referrals tool (process ${holder}) is working on ${dataDir}; start the bot when it has finished.`,
    );
}

/** Publishes the embedded store's endpoint for the tools; returns a function that withdraws it. */
export function publishEndpoint(dataDir: string, endpoint: string): () => void {
  const file = path.join(dataDir, ENDPOINT_FILE);
  // The endpoint and its key open the store: the bot's own user only.
  writeFileSync(file, JSON.stringify({ endpoint, pid: process.pid }), { mode: 0o600 });
  chmodSync(file, 0o600);
  return () => {
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
}

/** The loopback endpoint a live bot published for this data folder, if any (not yet probed). */
export function publishedEndpoint(dataDir: string): string | undefined {
  const published = readPidFile(path.join(dataDir, ENDPOINT_FILE), endpointFileSchema);
  return published && isAlive(published.pid) ? published.endpoint : undefined;
}

/** Creates the tools lock exclusively; a lock left by a dead process is taken over. Returns its release. */
export function takeToolsLock(dataDir: string): () => void {
  const file = path.join(dataDir, TOOLS_LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid }) + '\n', { flag: 'wx', mode: 0o600 });
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
      if (holder && isAlive(holder.pid))
        throw new Error(`Another tool (process ${holder.pid}) is using ${dataDir}; try again when it has finished`, {
          cause: error,
        });
      unlinkSync(file);
    }
  }
  throw new Error(`Could not take ${file}`);
}
