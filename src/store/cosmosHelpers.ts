/**
 * Small helpers shared by the Cosmos implementations: status codes from SDK errors, point reads
 * that hand back unknown (for zod to check) with the ETag, zod failures reported by path only
 * (a zod message must never carry a value from the record into a log), and the purges' deletes.
 */
import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { z } from 'zod';

export function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const code: unknown = 'code' in error ? error.code : undefined;
  if (typeof code === 'number') return code;
  const statusCode: unknown = 'statusCode' in error ? error.statusCode : undefined;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

export interface RawItem {
  body: unknown;
  etag: string;
}

/** Point read; undefined when there is no such item in that partition. */
export async function readItem(container: Container, id: string, partitionKey: string): Promise<RawItem | undefined> {
  try {
    const response = await container.item(id, partitionKey).read<ItemDefinition>();
    if (response.statusCode === 404 || response.resource === undefined) return undefined;
    return { body: response.resource as unknown, etag: response.resource._etag };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Runs a query to the end. `partitionKey` is passed for Azure (one partition, cheaper) — the SQL must filter on it too.
 */
export async function queryAll(container: Container, spec: SqlQuerySpec, partitionKey?: string): Promise<unknown[]> {
  const { resources } = await container.items
    .query<unknown>(spec, partitionKey === undefined ? {} : { partitionKey })
    .fetchAll();
  return resources;
}

/** Pages of a query, for results too big to hold at once. */
export async function* queryPages(
  container: Container,
  spec: SqlQuerySpec,
  pageSize: number,
): AsyncGenerator<unknown[]> {
  const iterator = container.items.query<unknown>(spec, { maxItemCount: pageSize });
  while (iterator.hasMoreResults()) {
    const { resources } = await iterator.fetchNext();
    if (resources.length > 0) yield resources;
  }
}

/** Parses stored data; on failure, says which paths are wrong and never what they hold. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const paths = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} (${issue.code})`);
  throw new Error(`A stored ${what} does not match its schema at ${paths.slice(0, 10).join(', ')}`);
}

/** Runs `task` over items with at most `limit` in flight (Cosmos throttles bursts; 2 cores here). */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  });
  await Promise.all(workers);
}

/** An item a purge query found: its id, its partition key value (selected `AS pk`) and its ETag then. */
const purgeCandidateSchema = z.object({ id: z.string().min(1), pk: z.string().min(1), _etag: z.string().min(1) });
export type PurgeCandidate = z.infer<typeof purgeCandidateSchema>;

/** Deletes in flight at once: purges are rare, and Cosmos throttles bursts. */
const PURGE_CONCURRENCY = 8;

/**
 * Deletes every item `spec` finds — it must select `c.id`, the partition key `AS pk` and `c._etag` —
 * unless it changed since the query (If-Match) or is already gone. `onDeleted` runs after each
 * deletion, before the next begins in its lane (to record it). Returns the items deleted.
 */
export async function deleteUnchanged(
  container: Container,
  spec: SqlQuerySpec,
  what: string,
  onDeleted?: (item: PurgeCandidate) => Promise<unknown>,
): Promise<PurgeCandidate[]> {
  const candidates = (await queryAll(container, spec)).map((row) => parseStored(purgeCandidateSchema, row, what));
  const deleted: PurgeCandidate[] = [];
  await forEachLimited(candidates, PURGE_CONCURRENCY, async (item) => {
    try {
      await container.item(item.id, item.pk).delete({ accessCondition: { type: 'IfMatch', condition: item._etag } });
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) return;
      throw error;
    }
    deleted.push(item);
    await onDeleted?.(item);
  });
  return deleted;
}
