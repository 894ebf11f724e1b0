/** The escalation store on Cosmos DB: If-Match replaces (ETags) make `change` safe across instances. */
import type { Container } from '@azure/cosmos';
import type { Change, EscalationStore } from '../escalation/escalationStore';
import { escalationSchema, nextActionAt, type Escalation } from '../escalation/model';

interface Stored extends Escalation {
  _etag?: string;
}

function isStatus(err: unknown, code: number): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === code;
}

function parse(resource: unknown): Escalation {
  return escalationSchema.parse(resource);
}

export class CosmosEscalationStore implements EscalationStore {
  constructor(private readonly container: Container) {}

  async create(escalation: Escalation): Promise<void> {
    await this.container.items.create({ ...escalation, nextActionAt: nextActionAt(escalation) });
  }

  async get(organisationId: string, id: string): Promise<Escalation | undefined> {
    try {
      const { resource } = await this.container.item(id, organisationId).read<Stored>();
      return resource ? parse(resource) : undefined;
    } catch (err) {
      if (isStatus(err, 404)) return undefined;
      throw err;
    }
  }

  async change<T>(organisationId: string, id: string, apply: Change<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const { resource } = await this.container.item(id, organisationId).read<Stored>();
      if (!resource) throw new Error(`escalation ${id} not found`);
      const outcome = apply(parse(resource));
      if (!outcome.next) return outcome.result;
      const next = { ...outcome.next, nextActionAt: nextActionAt(outcome.next) };
      try {
        await this.container
          .item(id, organisationId)
          .replace(next, { accessCondition: { type: 'IfMatch', condition: resource._etag ?? '' } });
        return outcome.result;
      } catch (err) {
        if (!isStatus(err, 412) || attempt >= 20) throw err;
      }
    }
  }

  async due(now: number, limit = 50): Promise<Escalation[]> {
    const { resources } = await this.container.items
      .query<Stored>(
        {
          query: 'SELECT * FROM c WHERE c.nextActionAt <= @now ORDER BY c.nextActionAt',
          parameters: [{ name: '@now', value: now }],
        },
        { maxItemCount: limit },
      )
      .fetchNext();
    return resources.map(parse);
  }

  async listOpen(organisationId: string): Promise<Escalation[]> {
    const { resources } = await this.container.items
      .query<Stored>(
        {
          query: "SELECT * FROM c WHERE c.organisationId = @org AND c.status != 'closed'",
          parameters: [{ name: '@org', value: organisationId }],
        },
        { partitionKey: organisationId },
      )
      .fetchAll();
    return resources.map(parse);
  }

  async forReferral(organisationId: string, referralId: string): Promise<Escalation[]> {
    const { resources } = await this.container.items
      .query<Stored>(
        {
          query: 'SELECT * FROM c WHERE c.organisationId = @org AND c.referralId = @ref',
          parameters: [
            { name: '@org', value: organisationId },
            { name: '@ref', value: referralId },
          ],
        },
        { partitionKey: organisationId },
      )
      .fetchAll();
    return resources.map(parse);
  }
}
