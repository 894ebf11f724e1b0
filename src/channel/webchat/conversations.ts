/**
 * The state of the local Direct Line: conversations, their activities and their tokens, in memory.
 * Bounded by construction: idle conversations expire, the least recently active one is evicted
 * past `maxConversations`, and each transcript keeps its latest `maxActivities`.
 *
 * A user's activity takes its place in the transcript *before* it is forwarded to the bot (a
 * pending slot), so the bot's replies, which arrive while the forward is still open, land after it.
 * Readers never see past a pending slot, so removing one when the bot fails breaks no watermark.
 */
import { randomBytes } from 'node:crypto';
import type { SupportedLocale } from '../../i18n/locale';

export type StoredActivity = Record<string, unknown> & { id: string; type: string };

interface Slot {
  seq: number;
  activity?: StoredActivity;
}

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  locale?: SupportedLocale;
  started: boolean;
  lastActiveAt: number;
  nextSeq: number;
  readonly slots: Slot[];
  readonly tokens: string[];
}

export interface IssuedToken {
  token: string;
  conversationId: string;
  expiresInSeconds: number;
}

export interface ConversationStoreOptions {
  now: () => number;
  idleMs: number;
  tokenTtlMs: number;
  maxConversations: number;
  maxActivities: number;
  /** Tokens kept per conversation; refreshing past this retires the oldest. */
  maxTokens?: number;
}

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, { conversationId: string; expiresAt: number }>();

  constructor(private readonly options: ConversationStoreOptions) {}

  get size(): number {
    this.sweep();
    return this.conversations.size;
  }

  create(userId: string): { conversation: Conversation; token: IssuedToken } {
    this.sweep();
    while (this.conversations.size >= this.options.maxConversations)
      this.remove(this.conversations.keys().next().value as string);
    const conversation: Conversation = {
      id: randomBytes(16).toString('base64url'),
      userId,
      started: false,
      lastActiveAt: this.options.now(),
      nextSeq: 1,
      slots: [],
      tokens: [],
    };
    this.conversations.set(conversation.id, conversation);
    return { conversation, token: this.issueToken(conversation) };
  }

  issueToken(conversation: Conversation): IssuedToken {
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, {
      conversationId: conversation.id,
      expiresAt: this.options.now() + this.options.tokenTtlMs,
    });
    conversation.tokens.push(token);
    while (conversation.tokens.length > (this.options.maxTokens ?? 4))
      this.tokens.delete(conversation.tokens.shift() as string);
    return { token, conversationId: conversation.id, expiresInSeconds: Math.floor(this.options.tokenTtlMs / 1000) };
  }

  /** The live conversation a token belongs to; undefined for unknown, expired or orphaned tokens. */
  byToken(token: string): Conversation | undefined {
    this.sweep();
    const record = this.tokens.get(token);
    if (record === undefined) return undefined;
    if (this.options.now() >= record.expiresAt) {
      this.tokens.delete(token);
      return undefined;
    }
    return this.conversations.get(record.conversationId);
  }

  tokenExpiresInSeconds(token: string): number {
    const record = this.tokens.get(token);
    return record === undefined ? 0 : Math.max(0, Math.floor((record.expiresAt - this.options.now()) / 1000));
  }

  get(conversationId: string): Conversation | undefined {
    this.sweep();
    return this.conversations.get(conversationId);
  }

  /** Marks activity; re-inserting keeps the map in least-recently-active order for sweep and eviction. */
  touch(conversation: Conversation): void {
    conversation.lastActiveAt = this.options.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  activityId(conversation: Conversation, seq: number): string {
    return `${conversation.id}|${String(seq).padStart(7, '0')}`;
  }

  /** A place in the transcript for an activity still on its way to the bot. */
  reserve(conversation: Conversation): number {
    const seq = conversation.nextSeq++;
    conversation.slots.push({ seq });
    return seq;
  }

  fill(conversation: Conversation, seq: number, activity: StoredActivity): void {
    const slot = conversation.slots.find((s) => s.seq === seq);
    if (slot !== undefined) slot.activity = activity;
    this.trim(conversation);
  }

  cancel(conversation: Conversation, seq: number): void {
    const index = conversation.slots.findIndex((s) => s.seq === seq);
    if (index >= 0) conversation.slots.splice(index, 1);
  }

  append(conversation: Conversation, build: (id: string) => StoredActivity): string {
    const seq = conversation.nextSeq++;
    const activity = build(this.activityId(conversation, seq));
    conversation.slots.push({ seq, activity });
    this.trim(conversation);
    return activity.id;
  }

  /** Activities after the watermark, up to the first still pending, and the watermark to ask with next. */
  read(conversation: Conversation, watermark: string | undefined): { activities: StoredActivity[]; watermark: string } {
    const from = watermark !== undefined && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    const activities: StoredActivity[] = [];
    let next = from;
    for (const slot of conversation.slots) {
      if (slot.seq < from) continue;
      if (slot.activity === undefined) break;
      activities.push(slot.activity);
      next = slot.seq + 1;
    }
    return { activities, watermark: String(next) };
  }

  private trim(conversation: Conversation): void {
    while (conversation.slots.length > this.options.maxActivities && conversation.slots[0]?.activity !== undefined)
      conversation.slots.shift();
  }

  private sweep(): void {
    const cutoff = this.options.now() - this.options.idleMs;
    for (const [id, conversation] of this.conversations) {
      if (conversation.lastActiveAt > cutoff) break;
      this.remove(id);
    }
  }

  private remove(conversationId: string): void {
    const conversation = this.conversations.get(conversationId);
    if (conversation === undefined) return;
    for (const token of conversation.tokens) this.tokens.delete(token);
    this.conversations.delete(conversationId);
  }
}
