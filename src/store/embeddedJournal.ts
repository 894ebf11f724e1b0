/**
 * The embedded store's files: `journal.jsonl`, every acknowledged write request in order, and
 * `snapshot.jsonl`, the same format compacted. Replaying them into an empty embedded server
 * rebuilds the data; the bot does that at start, and the referrals tools do it into a private
 * in-memory server to read a stopped bot's data without touching its files.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';

export const SNAPSHOT_FILE = 'snapshot.jsonl';
export const JOURNAL_FILE = 'journal.jsonl';

export const journalEntrySchema = z.object({
  method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** True when the folder holds an embedded store's files. */
export function hasEmbeddedData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, SNAPSHOT_FILE)) || existsSync(path.join(dataDir, JOURNAL_FILE));
}

/** Replays one file into the server at `endpoint`; returns the writes replayed. */
export async function replayFile(file: string, endpoint: string): Promise<number> {
  if (!existsSync(file)) return 0;
  const url = new URL(endpoint);
  let count = 0;
  // Read once, whole: whatever a running bot appends later is not part of this replay.
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let entry: JournalEntry;
    try {
      entry = journalEntrySchema.parse(JSON.parse(line));
    } catch {
      // A torn last line from a crash mid-write was never acknowledged: skip it.
      continue;
    }
    const status = await send(url, entry);
    // 409 = already there (a snapshot and a journal may both create the same database).
    if (status >= 300 && status !== 409)
      throw new Error(`Replaying ${path.basename(file)} failed: ${entry.method} ${entry.path} answered ${status}`);
    count += 1;
  }
  return count;
}

/** Replays a data directory's snapshot, then its journal, into the server at `endpoint`. */
export async function replayDataDirInto(dataDir: string, endpoint: string): Promise<number> {
  let count = 0;
  for (const name of [SNAPSHOT_FILE, JOURNAL_FILE]) count += await replayFile(path.join(dataDir, name), endpoint);
  return count;
}

function send(url: URL, entry: JournalEntry): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: entry.method,
        path: entry.path,
        headers: { ...entry.headers, 'content-length': Buffer.byteLength(entry.body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(entry.body);
  });
}
