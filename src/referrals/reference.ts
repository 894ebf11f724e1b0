/**
 * Human-friendly referral references such as `EH-7K3M-Q9`: five random characters and a check
 * character from Crockford's base-32 alphabet (no I, L, O or U, so nothing reads as another
 * character when said on the phone). The check character (Luhn mod 32) catches any single wrong
 * character and most swapped neighbours, so a mistyped reference is refused instead of opening
 * another child's record.
 *
 * A reference is unique within its organisation: it is the Cosmos item id, and the id is unique
 * in the organisation's partition (a clash on create is retried with a new reference).
 */
import { randomInt } from 'node:crypto';

export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'EH';
const RANDOM_LENGTH = 5;
const N = REFERENCE_ALPHABET.length;
const PATTERN = new RegExp(`^${PREFIX}-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{2}$`);

function valueOf(char: string): number {
  return REFERENCE_ALPHABET.indexOf(char);
}

/** Luhn mod N: the character that makes the weighted sum of all characters a multiple of N. */
export function checkCharacter(payload: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = payload.length - 1; i >= 0; i--) {
    const product = factor * valueOf(payload[i]);
    sum += Math.floor(product / N) + (product % N);
    factor = factor === 2 ? 1 : 2;
  }
  return REFERENCE_ALPHABET[(N - (sum % N)) % N];
}

function format(payload: string): string {
  const all = payload + checkCharacter(payload);
  return `${PREFIX}-${all.slice(0, 4)}-${all.slice(4)}`;
}

/** A new random reference. `pick` is injectable so tests can make clashes happen. */
export function newReference(pick: (max: number) => number = randomInt): string {
  let payload = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) payload += REFERENCE_ALPHABET[pick(N)];
  return format(payload);
}

/** True for a well-formed reference whose check character is right (canonical form only). */
export function isReference(value: unknown): value is string {
  if (typeof value !== 'string' || !PATTERN.test(value)) return false;
  const chars = value.slice(PREFIX.length).replace(/-/g, '');
  return checkCharacter(chars.slice(0, RANDOM_LENGTH)) === chars[RANDOM_LENGTH];
}

/**
 * Reads a reference as a person types it, in any case, spaces or hyphens anywhere, and the letters
 * people confuse with digits read as Crockford says (O → 0, I and L → 1). Undefined if it is not
 * a valid reference, including a wrong check character.
 */
export function parseReference(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (!compact.startsWith(PREFIX)) return undefined;
  const body = compact.slice(PREFIX.length).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (body.length !== RANDOM_LENGTH + 1) return undefined;
  if ([...body].some((char) => valueOf(char) < 0)) return undefined;
  const candidate = format(body.slice(0, RANDOM_LENGTH));
  return candidate.endsWith(body.slice(RANDOM_LENGTH)) && isReference(candidate) ? candidate : undefined;
}
