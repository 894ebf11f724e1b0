/**
 * Files the running bot and the referrals tools use to share the embedded store's data folder:
 * the bot publishes its store endpoint (tools then go through it instead of the files), and a tool
 * working on the files holds a lock the bot will not start over.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ENDPOINT_FILE = 'endpoint.json';
const TOOLS_LOCK_FILE = 'tools.lock';
const pidFileSchema = z.object({ pid: z.number().int().positive() });

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Throws when a referrals tool is writing the data folder's files right now. */
export function assertNoToolRunning(dataDir: string): void {
  let holder: number | undefined;
  try {
    holder = pidFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, TOOLS_LOCK_FILE), 'utf8'))).pid;
  } catch {
    return;
  }
  if (holder !== process.pid && isAlive(holder)) throw new Error(`A referrals tool (process ${holder}) is working on ${dataDir}; start the bot when it has finished.`);
}

/** Publishes the embedded store's endpoint for the tools; returns a function that withdraws it. */
export function publishEndpoint(dataDir: string, endpoint: string): () => void {
  const file = path.join(dataDir, ENDPOINT_FILE);
  writeFileSync(file, JSON.stringify({ endpoint, pid: process.pid }));
  return () => {
    try {
      unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
}
