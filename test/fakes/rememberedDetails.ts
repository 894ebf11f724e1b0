/** Remembered reporter details, in memory (expiry as the Cosmos adapter reads it). */
import {
  hasExpired,
  isEmptyChange,
  rememberedDetailsSchema,
  type DetailsChange,
  type DetailsOwner,
  type RememberedDetails,
  type RememberedDetailsStore,
} from '../../src/reporterDetails/rememberedDetails';

export class InMemoryRememberedDetails implements RememberedDetailsStore {
  readonly items = new Map<string, RememberedDetails>();

  async get(owner: DetailsOwner, now: Date): Promise<RememberedDetails | undefined> {
    const details = this.items.get(this.key(owner));
    return details && !hasExpired(details.updatedAt, now) ? details : undefined;
  }

  async save(owner: DetailsOwner, details: DetailsChange, now: Date): Promise<void> {
    if (isEmptyChange(details)) {
      this.items.delete(this.key(owner));
      return;
    }
    this.items.set(this.key(owner), rememberedDetailsSchema.parse({ ...details, updatedAt: now.toISOString() }));
  }

  async forget(owner: DetailsOwner): Promise<boolean> {
    return this.items.delete(this.key(owner));
  }

  private key(owner: DetailsOwner): string {
    return `${owner.organisationId}/${owner.personKey}`;
  }
}
