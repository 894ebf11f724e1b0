/**
 * botbuilder `Storage` on a Cosmos container, so conversation state survives a restart and is
 * shared by every instance. Writes carrying an eTag are conditional (If-Match): a stale write
 * fails loudly instead of silently overwriting another turn's state.
 */
import type { Container } from '@azure/cosmos';
import { AppError } from '../observability/errors';

interface StateDocument {
  id: string;
  state: Record<string, unknown>;
  _etag?: string;
}

/** Cosmos ids may not contain / \ ? #; encoding keeps keys unique and reversible. */
export function documentId(key: string): string {
  return encodeURIComponent(key);
}

/** botbuilder's `StoreItems`, spelled out so the store imports no channel library (the shape is the contract). */
type StoreItems = Record<string, unknown>;

/** Satisfies botbuilder's `Storage` structurally; the channel hands it to the bot as one. */
export class CosmosStateStorage {
  constructor(private readonly container: Container) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const id = documentId(key);
        const { resource, statusCode } = await this.container.item(id, id).read<StateDocument>();
        if (statusCode === 404 || !resource) return;
        items[key] = { ...resource.state, eTag: resource._etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, value]) => {
        const id = documentId(key);
        const { eTag, ...state } = (value ?? {}) as Record<string, unknown>;
        const doc: StateDocument = { id, state };
        try {
          if (typeof eTag === 'string' && eTag !== '*') {
            await this.container.item(id, id).replace(doc, { accessCondition: { type: 'IfMatch', condition: eTag } });
          } else {
            await this.container.items.upsert(doc);
          }
        } catch (err) {
          if (isStatus(err, 412)) throw new AppError('STATE_CONFLICT', { cause: err });
          throw err;
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        const id = documentId(key);
        try {
          await this.container.item(id, id).delete();
        } catch (err) {
          if (!isStatus(err, 404)) throw err;
        }
      }),
    );
  }
}

function isStatus(err: unknown, code: number): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === code;
}
