/**
 * Teams personal-chat activities as the Bot Framework channel sends them, built as JSON strings
 * (benchmarks build thousands a second). Synthetic people only.
 */
import { randomUUID } from 'node:crypto';

export const TENANT_ID = 'tenant-bench';

export interface BenchPerson {
  id: string;
  name: string;
  aadObjectId: string;
}

export function syntheticPerson(name: string): BenchPerson {
  return { id: `29:${randomUUID()}`, name, aadObjectId: randomUUID() };
}

/** One Teams personal chat between a person and the bot, speaking to `serviceUrl` (the connector stand-in). */
export class TeamsChat {
  readonly id: string;

  constructor(
    readonly serviceUrl: string,
    readonly person: BenchPerson = syntheticPerson('Bench Teacher'),
    id: string = `a:${randomUUID()}`,
  ) {
    this.id = id;
  }

  /** A message activity as JSON; `activityId` lets a benchmark match the bot's replies (replyToId). */
  message(text: string, activityId: string = randomUUID()): string {
    return JSON.stringify({
      type: 'message',
      id: activityId,
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      from: this.person,
      recipient: { id: '28:bot', name: 'Early Help Navigator' },
      conversation: { id: this.id, conversationType: 'personal', tenantId: TENANT_ID },
      channelData: { tenant: { id: TENANT_ID } },
      entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
      locale: 'en-GB',
      text,
    });
  }
}
