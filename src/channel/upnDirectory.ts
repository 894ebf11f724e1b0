/**
 * A Teams user's user principal name, fetched through the Teams members API (TeamsInfo) and
 * cached: a roster may list a duty worker or a ladder rung by UPN, and activities carry only the
 * object id. The cache also answers the other way (UPN → object id), so a ladder rung listed by
 * UPN can be reached once that person has talked to the bot.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { safeError, type Logger } from '../observability/logger';

const memberSchema = z.looseObject({
  userPrincipalName: z.string().min(3).max(320).optional(),
  aadObjectId: z.string().max(128).optional(),
});

export interface UpnDirectoryOptions {
  logger: Logger;
  /** How long a looked-up UPN is trusted before it is fetched again. */
  ttlMs?: number;
  /** How long "Teams did not say" is remembered, so a person without a UPN costs one call, not one a message. */
  missTtlMs?: number;
  /** Most people remembered; past it the oldest is forgotten. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  upn?: string;
  aadObjectId?: string;
  at: number;
}

export class UpnDirectory {
  private readonly byUser = new Map<string, Entry>();
  private readonly objectIdByUpn = new Map<string, string>();
  private readonly ttlMs: number;
  private readonly missTtlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: UpnDirectoryOptions) {
    this.ttlMs = options.ttlMs ?? 60 * 60_000;
    this.missTtlMs = options.missTtlMs ?? 5 * 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The UPN of the person who sent this Teams activity, or undefined when Teams does not say. */
  async upnOf(context: TurnContext): Promise<string | undefined> {
    const userId = context.activity.from.id;
    const cached = this.byUser.get(userId);
    if (cached && this.now() - cached.at < (cached.upn === undefined ? this.missTtlMs : this.ttlMs)) return cached.upn;
    let member: unknown;
    try {
      member = await TeamsInfo.getMember(context, userId);
    } catch (err) {
      // Not fatal: the person is then known by object id only, as before.
      this.options.logger.warn({ event: 'teams.member_lookup_failed', err: safeError(err) });
      this.remember(userId, { at: this.now() });
      return undefined;
    }
    const parsed = memberSchema.safeParse(member);
    const upn = parsed.success ? parsed.data.userPrincipalName : undefined;
    // The object id Teams vouched for in this activity; the member record's own when it has one.
    const aadObjectId = (parsed.success ? parsed.data.aadObjectId : undefined) ?? context.activity.from.aadObjectId;
    this.remember(userId, { ...(upn ? { upn } : {}), ...(aadObjectId ? { aadObjectId } : {}), at: this.now() });
    return upn;
  }

  /** The object id of someone listed by UPN, once they have been seen in Teams. */
  objectIdOf(upn: string): string | undefined {
    return this.objectIdByUpn.get(upn.toLowerCase());
  }

  private remember(userId: string, entry: Entry): void {
    this.byUser.delete(userId);
    if (this.byUser.size >= this.maxEntries) {
      const oldest = this.byUser.keys().next().value as string;
      this.byUser.delete(oldest);
    }
    this.byUser.set(userId, entry);
    if (entry.upn && entry.aadObjectId) this.objectIdByUpn.set(entry.upn.toLowerCase(), entry.aadObjectId);
    if (this.objectIdByUpn.size > this.maxEntries)
      this.objectIdByUpn.delete(this.objectIdByUpn.keys().next().value as string);
  }
}
