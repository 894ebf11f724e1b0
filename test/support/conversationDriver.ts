/**
 * Speaks the Bot Framework activity protocol to a running bot's /api/messages, shaped as Teams
 * (personal chat, tenant, clientInfo) or as web chat (Direct Line user), and collects the replies
 * the bot sends to the connector stand-in.
 */
import { randomUUID } from 'node:crypto';
import type { ConnectorActivity, ConnectorStandIn, Received } from './connectorStandIn';

export interface DriverUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

export interface ConversationOptions {
  botUrl: string;
  connector: ConnectorStandIn;
  channel?: 'msteams' | 'webchat';
  locale?: string;
  user?: DriverUser;
  tenantId?: string;
}

export interface Exchange {
  status: number;
  body: unknown;
  replies: ConnectorActivity[];
}

export class Conversation {
  readonly id: string;
  readonly channel: 'msteams' | 'webchat';
  readonly user: DriverUser;
  locale: string;
  private readonly tenantId: string;

  constructor(private options: ConversationOptions) {
    this.channel = options.channel ?? 'msteams';
    this.id = (this.channel === 'msteams' ? 'a:' : '') + randomUUID();
    this.user =
      options.user ??
      (this.channel === 'msteams'
        ? { id: `29:${randomUUID()}`, name: 'Test Teacher', aadObjectId: randomUUID() }
        : { id: `dl_default_${randomUUID().slice(0, 8)}`, name: 'Test Youth Worker' });
    this.locale = options.locale ?? 'en-GB';
    this.tenantId = options.tenantId ?? 'tenant-test';
  }

  /** Points the conversation at another bot process (a restart on another port). */
  retarget(botUrl: string): void {
    this.options.botUrl = botUrl;
  }

  activity(extra: Record<string, unknown>): Record<string, unknown> {
    const teams = this.channel === 'msteams';
    return {
      id: randomUUID(),
      channelId: this.channel,
      serviceUrl: this.options.connector.url,
      timestamp: new Date().toISOString(),
      from: this.user,
      recipient: teams
        ? { id: '28:bot', name: 'Early Help Navigator' }
        : { id: 'early-help-navigator', name: 'Early Help Navigator' },
      conversation: teams ? { id: this.id, conversationType: 'personal', tenantId: this.tenantId } : { id: this.id },
      locale: this.locale,
      ...(teams
        ? {
            entities: [
              { type: 'clientInfo', locale: this.locale, country: 'GB', platform: 'Web', timezone: 'Europe/London' },
            ],
            channelData: { tenant: { id: this.tenantId } },
          }
        : { channelData: { clientActivityID: randomUUID() } }),
      ...extra,
    };
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.options.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep text
    }
    return { status: res.status, body };
  }

  /** Posts an activity and returns once the bot's replies to this conversation have settled. */
  async exchange(activity: Record<string, unknown>, quietMs = 150): Promise<Exchange> {
    const before = this.options.connector.forConversation(this.id).length;
    const { status, body } = await this.post(activity);
    // The bot sends its replies before answering the POST; wait briefly for stragglers.
    let count = this.options.connector.forConversation(this.id).length;
    for (;;) {
      await new Promise((r) => setTimeout(r, quietMs));
      const now = this.options.connector.forConversation(this.id).length;
      if (now === count) break;
      count = now;
    }
    const replies = this.options.connector
      .forConversation(this.id)
      .slice(before)
      .map((r: Received) => r.activity);
    return { status, body, replies };
  }

  say(text: string): Promise<Exchange> {
    return this.exchange(this.activity({ type: 'message', text }));
  }

  /** An Action.Submit from web chat (a message with `value`). */
  submit(value: Record<string, unknown>): Promise<Exchange> {
    return this.exchange(this.activity({ type: 'message', value }));
  }

  /** An Action.Execute from Teams (an invoke). */
  execute(verb: string, data: Record<string, unknown>): Promise<Exchange> {
    return this.exchange(
      this.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', id: randomUUID(), verb, data }, trigger: 'manual' },
      }),
    );
  }

  /** Presses a card's action the way this channel's client would. */
  press(action: CardActionJson, inputs: Record<string, unknown> = {}): Promise<Exchange> {
    const data = { ...action.data, ...inputs };
    return action.type === 'Action.Execute' ? this.execute(action.verb ?? String(data.verb), data) : this.submit(data);
  }
}

export interface CardActionJson {
  type: string;
  title?: string;
  verb?: string;
  data: Record<string, unknown>;
}

export function cardsOf(activity: ConnectorActivity): Record<string, unknown>[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as Record<string, unknown>);
}

function walk(node: unknown, visit: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

/** The activity's text plus every text in its cards, for assertions on what a person sees. */
export function textOf(activity: ConnectorActivity): string {
  const parts: string[] = [activity.text ?? ''];
  walk(activity.attachments, (n) => {
    for (const key of ['text', 'title', 'label', 'value', 'placeholder'])
      if (typeof n[key] === 'string') parts.push(n[key] as string);
  });
  return parts.join('\n');
}

export function allText(replies: ConnectorActivity[]): string {
  return replies.map(textOf).join('\n');
}

export function actionsOf(card: unknown): CardActionJson[] {
  const actions: CardActionJson[] = [];
  walk(card, (n) => {
    if (typeof n.type === 'string' && (n.type === 'Action.Execute' || n.type === 'Action.Submit'))
      actions.push(n as unknown as CardActionJson);
  });
  return actions;
}

export function inputsOf(card: unknown): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [];
  walk(card, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.')) inputs.push(n);
  });
  return inputs;
}
