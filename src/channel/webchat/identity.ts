/**
 * Who a web chat user is, as the bot sees it. Direct Line binds every token to one user id and
 * refuses activities from any other, so the organisation written into that id is trustworthy:
 * `dl_<organisationId>_<random>`. Pure: no I/O, safe for the bot to call on every turn.
 */
import { randomBytes } from 'node:crypto';

/** Organisation ids as access-code files and duty rosters spell them: lower case, digits and '-'. */
export const ORGANISATION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The organisation of every web chat user in local development, where there are no access codes. */
export const DEVELOPMENT_ORGANISATION_ID = 'default';

// '_' separates the parts, so neither the organisation id nor the random part may contain one.
const WEB_CHAT_USER_ID = /^dl_([a-z0-9][a-z0-9-]{0,62})_([a-z0-9]{8,64})$/;

/** A fresh user id for one web chat session of someone from this organisation. */
export function newWebChatUserId(organisationId: string): string {
  if (!ORGANISATION_ID_PATTERN.test(organisationId))
    throw new Error(
      `Not an organisation id: use lower-case letters, digits and '-' (got ${JSON.stringify(organisationId)})`,
    );
  return `dl_${organisationId}_${randomBytes(12).toString('hex')}`;
}

/** The organisation encoded in a web chat user id, or undefined for any other id (Teams, malformed). */
export function organisationFromWebChatUserId(userId: string): string | undefined {
  return WEB_CHAT_USER_ID.exec(userId)?.[1];
}

export function isWebChatUserId(userId: string): boolean {
  return WEB_CHAT_USER_ID.test(userId);
}
