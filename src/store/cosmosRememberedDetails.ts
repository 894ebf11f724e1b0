/**
 * Remembered reporter details on Cosmos DB: one item per person, partitioned by organisation, id
 * the URI-encoded person key. The container's `defaultTtl` expires an item a year after its last
 * write; the embedded server never expires anything, so reads treat an older item as gone and
 * `referrals:purge` deletes it (purgeExpiredDetails).
 */
import type { Container } from '@azure/cosmos';
import {
  hasExpired,
  isEmptyChange,
  rememberedDetailsSchema,
  type DetailsChange,
  type DetailsOwner,
  type RememberedDetails,
  type RememberedDetailsStore,
} from '../reporterDetails/rememberedDetails';
import { CONTAINERS } from './containers';
import { deleteUnchanged, parseStored, readItem, statusOf } from './cosmosHelpers';

const idFor = (personKey: string): string => encodeURIComponent(personKey);

export class CosmosRememberedDetails implements RememberedDetailsStore {
  constructor(private readonly container: Container) {}

  async get(owner: DetailsOwner, now: Date): Promise<RememberedDetails | undefined> {
    const item = await readItem(this.container, idFor(owner.personKey), owner.organisationId);
    if (!item) return undefined;
    const details = parseStored(rememberedDetailsSchema, stripSystemFields(item.body), 'reporter details item');
    return hasExpired(details.updatedAt, now) ? undefined : details;
  }

  async save(owner: DetailsOwner, details: DetailsChange, now: Date): Promise<void> {
    if (isEmptyChange(details)) {
      await this.forget(owner);
      return;
    }
    const item = rememberedDetailsSchema.parse({ ...details, updatedAt: now.toISOString() });
    await this.container.items.upsert({ ...item, id: idFor(owner.personKey), organisationId: owner.organisationId });
  }

  async forget(owner: DetailsOwner): Promise<boolean> {
    try {
      await this.container.item(idFor(owner.personKey), owner.organisationId).delete();
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }
}

/** Only the remembered fields: the id, partition key and Cosmos's own fields are not details. */
function stripSystemFields(body: unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  const { role, organisation, phone, updatedAt } = body as Record<string, unknown>;
  return { role, organisation, phone, updatedAt };
}

/** Deletes details last written longer ago than the container's time to live; returns how many. */
export async function purgeExpiredDetails(container: Container, now: Date): Promise<number> {
  const cutoff = Math.floor(now.getTime() / 1000) - CONTAINERS.reporterDetails.defaultTtl;
  const spec = {
    query: 'SELECT c.id, c.organisationId AS pk, c._etag FROM c WHERE c._ts < @cutoff',
    parameters: [{ name: '@cutoff', value: cutoff }],
  };
  return (await deleteUnchanged(container, spec, 'reporter details key')).length;
}
