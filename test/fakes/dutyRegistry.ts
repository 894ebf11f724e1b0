/** Who is on duty, in memory. */
import type { ConversationAddress } from '../../src/escalation/address';
import type { DutyEntry, DutyRegistry } from '../../src/escalation/dutyRegistry';

export class InMemoryDutyRegistry implements DutyRegistry {
  private readonly entries = new Map<string, DutyEntry>();

  async goOnDuty(entry: Omit<DutyEntry, 'id' | 'since' | 'unreachableSince'>, now: Date): Promise<void> {
    this.entries.set(this.key(entry.organisationId, entry.userId), {
      ...entry,
      id: entry.userId,
      since: now.toISOString(),
    });
  }

  async goOffDuty(organisationId: string, userId: string): Promise<boolean> {
    return this.entries.delete(this.key(organisationId, userId));
  }

  async onDuty(organisationId: string): Promise<DutyEntry[]> {
    return [...this.entries.values()].filter(
      (e) => e.organisationId === organisationId && e.unreachableSince === undefined,
    );
  }

  async isOnDuty(organisationId: string, userId: string): Promise<boolean> {
    return this.entries.has(this.key(organisationId, userId));
  }

  async refreshAddress(organisationId: string, userId: string, address: ConversationAddress): Promise<void> {
    const current = this.entries.get(this.key(organisationId, userId));
    if (current)
      this.entries.set(this.key(organisationId, userId), { ...current, address, unreachableSince: undefined });
  }

  async markUnreachable(organisationId: string, userId: string, now: Date): Promise<void> {
    const current = this.entries.get(this.key(organisationId, userId));
    if (current)
      this.entries.set(this.key(organisationId, userId), { ...current, unreachableSince: now.toISOString() });
  }

  private key(organisationId: string, userId: string): string {
    return `${organisationId}/${userId}`;
  }
}
