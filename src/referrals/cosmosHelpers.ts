/**
 * Small helpers shared by the Cosmos implementations: status codes from SDK errors, point reads
 * that hand back unknown (for zod to check) with the ETag, and zod failures reported by path only
 * (a zod message must never carry a value from the record into a log).
 */
import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import type { z } from 'zod';

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

/** Runs a query to the end. `partitionKey` is passed for Azure (one partition, cheaper) — the SQL must filter on it too. */
export async function queryAll(container: Container, spec: SqlQuerySpec, partitionKey?: string): Promise<unknown[]> {
  const { resources } = await container.items.query<unknown>(spec, partitionKey === undefined ? {} : { partitionKey }).fetchAll();
  return resources;
}

/** Pages of a query, for results too big to hold at once. */
export async function* queryPages(container: Container, spec: SqlQuerySpec, pageSize: number): AsyncGenerator<unknown[]> {
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
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  });
  await Promise.all(workers);
}
