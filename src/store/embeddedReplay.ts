/**
 * Reads an embedded store's files (snapshot.jsonl, then journal.jsonl) into another, in-memory,
 * embedded server, without touching the files. Tools use it to read the data of a bot that is not
 * running without starting a second owner of its data directory (which would rewrite the snapshot).
 *
 * Mirrors the private replay in embeddedCosmos.ts (same file format, same tolerance of a torn
 * last line); if that file ever exports its replay, this one should call it instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';

export const SNAPSHOT_FILE = 'snapshot.jsonl';
export const JOURNAL_FILE = 'journal.jsonl';

const journalEntrySchema = z.object({
  method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
type JournalEntry = z.infer<typeof journalEntrySchema>;

/** True when the folder holds an embedded store's files. */
export function hasEmbeddedData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, SNAPSHOT_FILE)) || existsSync(path.join(dataDir, JOURNAL_FILE));
}

/** Replays the data directory's snapshot and journal into the server at `endpoint`. Returns the writes replayed. */
export async function replayDataDirInto(dataDir: string, endpoint: string): Promise<number> {
  const url = new URL(endpoint);
  let count = 0;
  for (const name of [SNAPSHOT_FILE, JOURNAL_FILE]) {
    const file = path.join(dataDir, name);
    if (!existsSync(file)) continue;
    // Read once, whole: the running bot may append meanwhile; what it appends later is not ours to see.
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
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
      if (status >= 300 && status !== 409) throw new Error(`Replaying ${name} failed: ${entry.method} ${entry.path} answered ${status}`);
      count += 1;
    }
  }
  return count;
}

function send(url: URL, entry: JournalEntry): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: entry.method, path: entry.path, headers: { ...entry.headers, 'content-length': Buffer.byteLength(entry.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(entry.body);
  });
}
