/** The duty registry on Cosmos DB: one document per person on duty, partitioned by organisation. */
import type { Container } from '@azure/cosmos';
import type { ConversationAddress } from '../escalation/address';
import { dutyEntrySchema, type DutyEntry, type DutyRegistry } from '../escalation/dutyRegistry';

const idFor = (userId: string): string => encodeURIComponent(userId);

function isStatus(err: unknown, code: number): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === code;
}

export class CosmosDutyRegistry implements DutyRegistry {
  constructor(private readonly container: Container) {}

  async goOnDuty(entry: Omit<DutyEntry, 'id' | 'since' | 'unreachableSince'>, now: Date): Promise<void> {
    await this.container.items.upsert({ ...entry, id: idFor(entry.userId), since: now.toISOString() });
  }

  async goOffDuty(organisationId: string, userId: string): Promise<boolean> {
    try {
      await this.container.item(idFor(userId), organisationId).delete();
      return true;
    } catch (err) {
      if (isStatus(err, 404)) return false;
      throw err;
    }
  }

  async onDuty(organisationId: string): Promise<DutyEntry[]> {
    const { resources } = await this.container.items
      .query(
        {
          query: 'SELECT * FROM c WHERE c.organisationId = @org',
          parameters: [{ name: '@org', value: organisationId }],
        },
        { partitionKey: organisationId },
      )
      .fetchAll();
    return resources.map((r) => dutyEntrySchema.parse(r)).filter((e) => e.unreachableSince === undefined);
  }

  async isOnDuty(organisationId: string, userId: string): Promise<boolean> {
    return (await this.read(organisationId, userId)) !== undefined;
  }

  async refreshAddress(organisationId: string, userId: string, address: ConversationAddress): Promise<void> {
    const current = await this.read(organisationId, userId);
    if (!current) return;
    if (JSON.stringify(current.address) === JSON.stringify(address) && current.unreachableSince === undefined) return;
    // A fresh message from them proves they are reachable again.
    await this.container.items.upsert({ ...current, unreachableSince: undefined, address });
  }

  async markUnreachable(organisationId: string, userId: string, now: Date): Promise<void> {
    const current = await this.read(organisationId, userId);
    if (current) await this.container.items.upsert({ ...current, unreachableSince: now.toISOString() });
  }

  private async read(organisationId: string, userId: string): Promise<DutyEntry | undefined> {
    try {
      const { resource } = await this.container.item(idFor(userId), organisationId).read();
      return resource ? dutyEntrySchema.parse(resource) : undefined;
    } catch (err) {
      if (isStatus(err, 404)) return undefined;
      throw err;
    }
  }
}
