/**
 * Who is on duty now (container `duty`, partition /organisationId): one document per duty worker
 * with the conversation reference to reach them, refreshed on every message they send.
 */
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { conversationAddressSchema, type ConversationAddress } from './address';

const dutyEntrySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  userId: z.string(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
  address: conversationAddressSchema,
  since: z.string(),
  /** The channel said the bot can no longer reach them (403: removed or blocked). */
  unreachableSince: z.string().optional(),
});
export type DutyEntry = z.infer<typeof dutyEntrySchema>;

export interface DutyRegistry {
  goOnDuty(entry: Omit<DutyEntry, 'id' | 'since' | 'unreachableSince'>, now: Date): Promise<void>;
  goOffDuty(organisationId: string, userId: string): Promise<boolean>;
  onDuty(organisationId: string): Promise<DutyEntry[]>;
  isOnDuty(organisationId: string, userId: string): Promise<boolean>;
  refreshAddress(organisationId: string, userId: string, address: ConversationAddress): Promise<void>;
  markUnreachable(organisationId: string, userId: string, now: Date): Promise<void>;
}

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
      .query({ query: 'SELECT * FROM c WHERE c.organisationId = @org', parameters: [{ name: '@org', value: organisationId }] }, { partitionKey: organisationId })
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
