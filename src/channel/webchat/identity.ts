/**
 * Who a web chat user is, as the bot sees it. Direct Line binds every token to one user id and
 * refuses activities from any other, so the organisation written into that id is trustworthy:
 * `dl_<organisationId>_<random>`. Pure: no I/O, safe for the bot to call on every turn.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Organisation ids as access-code files and duty rosters spell them: lower case, digits and '-'. */
export const ORGANISATION_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The organisation of every web chat user in local development, where there are no access codes. */
export const DEVELOPMENT_ORGANISATION_ID = 'default';

// '_' separates the parts, so neither the organisation id nor the random part may contain one.
const WEB_CHAT_USER_ID = /^dl_([a-z0-9][a-z0-9-]{0,62})_([a-z0-9]{8,64})$/;

/** A fresh user id for one web chat session of someone from this organisation. */
export function newWebChatUserId(organisationId: string): string {
  return webChatUserId(organisationId, randomBytes(12).toString('hex'));
}

/**
 * The browser's "returning reporter" key (README: "Returning reporters"): 32 random bytes in
 * base64url, made by the page and kept in its localStorage. Opaque: it names nobody.
 */
export const RETURNING_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The same web chat user id every time this browser's key comes back for this organisation, so
 * the bot recognises a returning reporter. One-way (SHA-256): the id, which the page and the logs
 * may see, never leads back to the key; the server stores neither.
 */
export function returningWebChatUserId(organisationId: string, returningKey: string): string {
  if (!RETURNING_KEY_PATTERN.test(returningKey)) throw new Error('Not a returning-reporter key');
  const digest = createHash('sha256')
    .update(`early-help-navigator returning reporter v1\n${organisationId}\n${returningKey}`)
    .digest('hex');
  return webChatUserId(organisationId, digest.slice(0, 32));
}

function webChatUserId(organisationId: string, suffix: string): string {
  if (!ORGANISATION_ID_PATTERN.test(organisationId))
    throw new Error(
      `Not an organisation id: use lower-case letters, digits and '-' (got ${JSON.stringify(organisationId)})`,
    );
  return `dl_${organisationId}_${suffix}`;
}

/** The organisation encoded in a web chat user id, or undefined for any other id (Teams, malformed). */
export function organisationFromWebChatUserId(userId: string): string | undefined {
  return WEB_CHAT_USER_ID.exec(userId)?.[1];
}

export function isWebChatUserId(userId: string): boolean {
  return WEB_CHAT_USER_ID.test(userId);
}
