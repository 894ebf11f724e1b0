/** Synthetic referrals for tests: initials and year groups only, never a realistic name. */
import type { AuditActor } from '../../../src/referrals/audit';
import { childKeyFor } from '../../../src/referrals/childKey';
import {
  REFERRAL_SCHEMA_VERSION,
  type DraftInput,
  type Referral,
  type StaffMember,
} from '../../../src/referrals/model';
import { newReference } from '../../../src/referrals/reference';
import { NO_REFERRAL_RISK } from '../../../src/referrals/riskRecord';

export const TEST_SECRET = 'test-secret-0123456789-abcdefghijklmnop';

export function keyFor(organisationId: string, childReference: string): string {
  const key = childKeyFor(TEST_SECRET, organisationId, childReference);
  if (key === undefined) throw new Error('no key');
  return key;
}

export const REPORTER: AuditActor = { id: '00000000-0000-4000-8000-0000000000a1', role: 'reporter' };
export const DUTY_A: AuditActor = { id: '00000000-0000-4000-8000-0000000000d1', role: 'duty-worker' };
export const DUTY_B: AuditActor = { id: '00000000-0000-4000-8000-0000000000d2', role: 'duty-worker' };
export const STAFF_A: StaffMember = { id: DUTY_A.id, name: 'Duty Worker A' };
export const STAFF_B: StaffMember = { id: DUTY_B.id, name: 'Duty Worker B' };

export function draftInput(organisationId: string, overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    organisationId,
    reporter: {
      kind: 'msteams',
      aadObjectId: REPORTER.id,
      name: 'Teacher T',
      upn: 'teacher.t@school.example',
      role: 'teacher',
      callBackNumber: '01632 960000',
    },
    locale: 'en-GB',
    ...overrides,
  };
}

/** A complete, valid referral without a store, for the pure functions. */
export function referral(overrides: Partial<Referral> = {}): Referral {
  const at = '2025-03-03T09:00:00.000Z';
  return {
    schemaVersion: REFERRAL_SCHEMA_VERSION,
    reference: newReference(),
    organisationId: 'org-a',
    reporter: { kind: 'msteams', aadObjectId: REPORTER.id, name: 'Teacher T', role: 'teacher' },
    channel: 'msteams',
    locale: 'en-GB',
    childKey: keyFor('org-a', 'J.B.'),
    ageBand: '11-15',
    needs: ['anxiety-low-mood'],
    account: { observations: [], childWords: [], opinions: [], context: [] },
    risk: { ...NO_REFERRAL_RISK },
    levelOfNeed: { level: 2, reasons: ['emergingNeed'] },
    signposted: [],
    consent: { parentCarerAwareness: 'aware-consents', safeguardingConditionRelied: false },
    status: 'open',
    notes: [],
    escalationIds: [],
    createdAt: at,
    updatedAt: at,
    ttl: 86_400,
    retainUntil: '2025-03-04T09:00:00.000Z',
    ...overrides,
  };
}
