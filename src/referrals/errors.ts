/**
 * Why a referral operation was refused, as a stable code the caller maps to a message for the
 * person (the duty queue says "already claimed by …", not a stack trace). Messages never quote
 * anything from the record.
 */
export const REFERRAL_ERROR_CODES = {
  'not-found': 'No referral with that reference in this organisation',
  'already-claimed': 'The referral is already claimed by another duty worker',
  'already-closed': 'The referral is already closed',
  'not-in-queue': 'A draft with nothing escalated is not yet in the duty queue',
  'reason-required': 'No further action needs a reason',
  'not-owner': 'Only the duty worker who claimed the referral can hand it over or release it',
  invalid: 'The change would make the referral invalid',
  conflict: 'The referral kept changing under this update; try again',
  'no-free-reference': 'No unused reference could be found',
} as const;
export type ReferralErrorCode = keyof typeof REFERRAL_ERROR_CODES;

export class ReferralError extends Error {
  constructor(
    readonly code: ReferralErrorCode,
    /** Field paths only (never values), e.g. for `invalid`. */
    readonly detail?: string,
  ) {
    super(detail ? `${REFERRAL_ERROR_CODES[code]}: ${detail}` : REFERRAL_ERROR_CODES[code]);
    this.name = 'ReferralError';
  }
}

export function isReferralError(error: unknown, code?: ReferralErrorCode): error is ReferralError {
  return error instanceof ReferralError && (code === undefined || error.code === code);
}
