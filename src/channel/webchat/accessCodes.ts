/**
 * Per-organisation access codes for youth workers (the file named by WEBCHAT_ACCESS_CODES).
 * Only salted hashes are stored. Codes are long random strings (see src/cli/webchat-access-code.ts),
 * so a keyed SHA-256 is enough — the same reasoning as API tokens — and checking a code against
 * every organisation costs microseconds, so the token endpoint cannot be made to burn CPU.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ORGANISATION_ID_PATTERN } from './identity';

export const HASH_ALGORITHM = 'sha256';

/** Fewest characters (after normalising) a code may have: 16 of 32 symbols is 80 bits. */
export const MIN_CODE_LENGTH = 16;

// Crockford's base32: no I, L, O or U, so a code read aloud or handwritten survives.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const codeHash = z.string().regex(/^sha256:[A-Za-z0-9_-]{22,}:[A-Za-z0-9_-]{43}$/, {
  message:
    'must be "sha256:<salt>:<hash>" as printed by the webchat-access-code command (src/cli/webchat-access-code.ts)',
});

const expiry = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: 'must be an ISO 8601 date (2026-07-31) or date-time with an offset',
});

export const accessCodesFileSchema = z
  .object({
    $comment: z.string().optional(),
    organisations: z
      .array(
        z.strictObject({
          id: z.string().regex(ORGANISATION_ID_PATTERN, {
            message: "must be lower-case letters, digits and '-' (it is written into the web chat user id)",
          }),
          name: z.string().trim().min(1).max(200),
          codes: z
            .array(
              z.strictObject({
                hash: codeHash,
                /** The code stops working after this; a date alone means the end of that day (UTC). */
                expires: expiry.optional(),
                /** Free text for operators, e.g. who holds the code or when it was issued. */
                note: z.string().max(200).optional(),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .strict()
  .superRefine(
    (file, ctx) => {
      // With `when`, entries may still be malformed here: read ids defensively.
      const seen = new Set<string>();
      (file.organisations as readonly unknown[]).forEach((org, index) => {
        const id =
          typeof org === 'object' && org !== null && 'id' in org && typeof org.id === 'string' ? org.id : undefined;
        if (id === undefined) return;
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['organisations', index, 'id'],
            message: `duplicate organisation id ${id}`,
          });
        seen.add(id);
      });
    },
    // Checked even when other entries are wrong, so an operator sees every problem in one go.
    { when: (payload) => Array.isArray((payload.value as { organisations?: unknown }).organisations) },
  );

export type AccessCodesFile = z.infer<typeof accessCodesFileSchema>;

export interface Organisation {
  id: string;
  name: string;
}

interface StoredCode {
  organisation: Organisation;
  salt: Buffer;
  digest: Buffer;
  expiresAt?: number;
}

export class AccessCodesError extends Error {
  constructor(file: string, problems: string[]) {
    super(
      `WEBCHAT_ACCESS_CODES file ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'AccessCodesError';
  }
}

/** Upper case, no spaces or dashes, and the letters people confuse with digits read as those digits. */
export function normaliseAccessCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Symbols in a generated code: 20 of 32 is 100 bits. */
export const GENERATED_CODE_LENGTH = 20;

/**
 * Why a code is too weak to issue, or undefined. Codes are generated, never chosen: a code must
 * look like one generateAccessCode made (20 symbols of its alphabet) and show none of the marks of
 * a person's choice — few distinct symbols (AAAA…), a repeated block, no digits, or a long run of
 * letters (a phrase). About one random code in sixteen is redrawn by these rules (6.3%, measured on
 * 100,000), which costs under 0.1 bit of its 100.
 */
export function weakAccessCodeReason(code: string): string | undefined {
  const normalised = normaliseAccessCode(code);
  if (normalised.length < MIN_CODE_LENGTH)
    return `An access code needs at least ${MIN_CODE_LENGTH} letters and digits; codes are generated, not chosen: run the command without a code`;
  if (normalised.length !== GENERATED_CODE_LENGTH || [...normalised].some((c) => !CODE_ALPHABET.includes(c)))
    return `An access code must be one the command generated (${GENERATED_CODE_LENGTH} letters and digits); codes are generated, not chosen: run the command without a code`;
  const distinct = new Set(normalised).size;
  const digits = normalised.replace(/[^0-9]/g, '').length;
  const longestLetterRun = Math.max(...normalised.split(/[0-9]+/).map((run) => run.length));
  const repeatsABlock = Array.from({ length: GENERATED_CODE_LENGTH / 2 }, (_, i) => i + 1).some((period) =>
    [...normalised].every((c, i) => i < period || c === normalised[i - period]),
  );
  if (distinct < 10 || digits < 2 || longestLetterRun > 10 || repeatsABlock)
    return 'This access code looks chosen by a person (repeated symbols, a phrase or too few digits); codes are generated, not chosen: run the command without a code';
  return undefined;
}

/** A new random code, grouped for reading aloud: XXXXX-XXXXX-XXXXX-XXXXX (100 bits, redrawn if it looks chosen). */
export function generateAccessCode(): string {
  for (;;) {
    const bytes = randomBytes(GENERATED_CODE_LENGTH);
    const symbols = Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join('');
    const code = (symbols.match(/.{5}/g) ?? []).join('-');
    if (weakAccessCodeReason(code) === undefined) return code;
  }
}

export function hashAccessCode(code: string, salt: Buffer = randomBytes(16)): string {
  const weak = weakAccessCodeReason(code);
  if (weak !== undefined) throw new Error(weak);
  return `${HASH_ALGORITHM}:${salt.toString('base64url')}:${digest(salt, normaliseAccessCode(code)).toString('base64url')}`;
}

function digest(salt: Buffer, normalised: string): Buffer {
  return createHmac('sha256', salt).update(normalised, 'utf8').digest();
}

function expiresAt(value: string): number {
  // A bare date names a day: the code works until that day ends.
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value);
}

export class AccessCodes {
  private constructor(private readonly codes: readonly StoredCode[]) {}

  static fromFile(file: AccessCodesFile): AccessCodes {
    const codes: StoredCode[] = [];
    for (const org of file.organisations)
      for (const code of org.codes) {
        const [, salt, hash] = code.hash.split(':') as [string, string, string];
        codes.push({
          organisation: { id: org.id, name: org.name },
          salt: Buffer.from(salt, 'base64url'),
          digest: Buffer.from(hash, 'base64url'),
          ...(code.expires !== undefined ? { expiresAt: expiresAt(code.expires) } : {}),
        });
      }
    return new AccessCodes(codes);
  }

  /** Reads and validates the file; throws AccessCodesError naming every problem. */
  static load(path: string): AccessCodes {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new AccessCodesError(path, [err instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read']);
    }
    const parsed = accessCodesFileSchema.safeParse(json);
    if (!parsed.success)
      throw new AccessCodesError(
        path,
        parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`),
      );
    return AccessCodes.fromFile(parsed.data);
  }

  get organisationCount(): number {
    return new Set(this.codes.map((c) => c.organisation.id)).size;
  }

  /** The organisation whose current code this is. Every stored code is compared, so timing says nothing. */
  verify(code: string, now: number): { organisation: Organisation } | { refused: 'unknown' | 'expired' } {
    const normalised = normaliseAccessCode(code);
    let current: StoredCode | undefined;
    let expired = false;
    for (const stored of this.codes) {
      if (!timingSafeEqual(digest(stored.salt, normalised), stored.digest)) continue;
      if (stored.expiresAt !== undefined && now > stored.expiresAt) expired = true;
      else current ??= stored;
    }
    if (current !== undefined) return { organisation: current.organisation };
    return { refused: expired ? 'expired' : 'unknown' };
  }
}
