/**
 * The pseudonymous child key: HMAC-SHA256, under a per-deployment secret, of the organisation and
 * the normalised child reference. Repeat concerns about one child link up within an organisation,
 * yet the store never holds who the child is, and without the secret nobody can test a guess
 * ("is JB in 7R the child in this record?") against the keys.
 *
 * Normalisation (decided, tested; changing it would unlink every earlier record):
 *   1. Unicode NFKD, then combining marks dropped: "Siân" and "Sian" are one reference.
 *   2. Lower case.
 *   3. Only letters and digits kept: spaces, dots, hyphens, slashes, apostrophes go.
 * So "J.B.", "J B", "jb" and " j-b " are the same child, and "7R-04" = "7r 04". A reference with
 * no letter or digit gives no key. Initials are a weak identifier: two children with the same
 * initials in one organisation share a key, which is why the duty worker sees a chronology to
 * judge, never an automatic merge.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorCode } from '../systemErrors';

export const CHILD_KEY_SECRET_FILE = 'child-key-secret';
const MIN_SECRET_LENGTH = 32;

export function normaliseChildReference(reference: string): string {
  return reference
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The key for one child of one organisation, or undefined when the reference has nothing to key
 * on. The organisation is inside the HMAC so the same initials at two schools never link.
 */
export function childKeyFor(secret: string, organisationId: string, childReference: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(`The child key secret must be at least ${MIN_SECRET_LENGTH} characters`);
  const normalised = normaliseChildReference(childReference);
  if (normalised === '') return undefined;
  // A separator that cannot occur in either part keeps ("ab", "c") apart from ("a", "bc").
  return createHmac('sha256', secret)
    .update(`child-key/v1\u0000${organisationId}\u0000${normalised}`, 'utf8')
    .digest('hex');
}

/**
 * For development with no CHILD_KEY_SECRET: a random secret made once and kept in
 * `<dataDir>/child-key-secret` (readable by this user only), so keys stay the same across restarts.
 * Production must configure the secret (config.ts refuses to start without one).
 */
export function loadOrCreateDevelopmentSecret(dataDir: string): string {
  const file = path.join(dataDir, CHILD_KEY_SECRET_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Written aside then linked into place: link fails if the file exists, so two processes starting
  // together never make two secrets, and nobody ever reads a half-written one.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  } finally {
    unlinkSync(tmp);
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH)
    throw new Error(
      `${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters; delete it to make a new one (earlier child keys will no longer link)`,
    );
  return secret;
}

/** The secret to use: the configured one, else (embedded store only) the development one. */
export function resolveChildKeySecret(options: {
  childKeySecret?: string;
  store: { kind: 'embedded'; dataDir: string } | { kind: 'cosmos' };
}): string {
  if (options.childKeySecret !== undefined) return options.childKeySecret;
  if (options.store.kind === 'embedded') return loadOrCreateDevelopmentSecret(options.store.dataDir);
  throw new Error('CHILD_KEY_SECRET is required with a Cosmos DB account');
}
