/**
 * The duty roster (DUTY_ROSTER file): organisations, who may go on duty, the escalation ladder,
 * working hours and the out-of-hours contact. With no roster there is one default organisation
 * and anyone may go on duty (development), or nobody (a rehearsal of production authentication).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_WORKING_HOURS, isWithinHours, ukClock, WEEKDAYS } from '../time/ukTime';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'use 24-hour HH:MM, e.g. 08:30' });

const personSchema = z
  .object({
    /** Entra object id (GUID) or user principal name; at least one of the two identifies them in Teams. */
    aadObjectId: z
      .string()
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
        message: 'must be an Entra object id (a GUID)',
      })
      .optional(),
    upn: z.email({ message: 'must be a user principal name such as dsl@school.example' }).optional(),
    name: z.string().min(1).max(120),
    role: z.string().min(1).max(120),
  })
  .refine((p) => p.aadObjectId !== undefined || p.upn !== undefined, { message: 'give aadObjectId or upn' });

const ladderRungSchema = z
  .object({
    name: z.string().min(1).max(120),
    role: z.string().min(1).max(120),
    aadObjectId: z.string().optional(),
    upn: z.string().optional(),
    /** A number to ring when the rung is not reachable in Teams (e.g. the local authority duty team). */
    phone: z.string().max(40).optional(),
  })
  .refine((r) => r.aadObjectId !== undefined || r.upn !== undefined || r.phone !== undefined, {
    message: 'give aadObjectId, upn or phone',
  });

const organisationSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'use lower-case letters, digits and hyphens' }),
  name: z.string().min(1).max(200),
  /** Microsoft 365 tenant(s) whose staff report to this organisation. */
  tenantIds: z.array(z.string().min(1)).default([]),
  country: z.enum(['england', 'wales']).optional(),
  dutyWorkers: z.array(personSchema).min(1, { message: 'list at least one duty worker' }),
  ladder: z.array(ladderRungSchema).default([]),
  workingHours: z
    .object({ days: z.array(z.enum(WEEKDAYS)).min(1), start: time, end: time })
    .default({ ...DEFAULT_WORKING_HOURS, days: [...DEFAULT_WORKING_HOURS.days] }),
  outOfHoursContact: z.string().min(1).max(300),
});

export const rosterSchema = z
  .object({ organisations: z.array(organisationSchema).min(1) })
  .superRefine((roster, ctx) => {
    const seen = new Set<string>();
    roster.organisations.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({
          code: 'custom',
          path: ['organisations', i, 'id'],
          message: `duplicate organisation id ${o.id}`,
        });
      seen.add(o.id);
    });
  });

export type Roster = z.infer<typeof rosterSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type LadderRung = z.infer<typeof ladderRungSchema>;

export const DEFAULT_ORGANISATION_ID = 'default';

export interface DutyPerson {
  aadObjectId?: string;
  upn?: string;
  name?: string;
}

/**
 * Without a roster file: `anyone` (development), `open` (DUTY_ROSTER=open, a demonstration
 * tenant: anyone, and every duty card says so) or `closed` (a rehearsal of production
 * authentication: nobody, so no alert reaches a stranger).
 */
export type NoRosterPolicy = 'anyone' | 'open' | 'closed';

/** Answers who belongs where and who may go on duty. */
export interface DutyRoster {
  readonly configured: boolean;
  /** Who may go on duty: the roster's people, or the policy used without one. */
  readonly policy: 'roster' | NoRosterPolicy;
  /** Some duty worker or ladder rung is listed by UPN only, so Teams users' UPNs must be looked up. */
  readonly listsUpns: boolean;
  organisation(id: string): Organisation | undefined;
  /**
   * The organisation a Teams user reports to: by tenant, else by being on its roster. Undefined
   * for a user from a tenant no organisation lists: they belong to nobody's duty team.
   */
  organisationForTeamsUser(person: DutyPerson, tenantId: string | undefined): string | undefined;
  mayGoOnDuty(organisationId: string, person: DutyPerson): boolean;
  ladder(organisationId: string): readonly LadderRung[];
  outOfHoursContact(organisationId: string): string | undefined;
  isWithinWorkingHours(organisationId: string, now: Date): boolean;
}

export class RosterError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The duty roster has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'RosterError';
  }
}

export function parseRoster(raw: unknown, source = 'DUTY_ROSTER'): Roster {
  const parsed = rosterSchema.safeParse(raw);
  if (!parsed.success)
    throw new RosterError(parsed.error.issues.map((i) => `${source} ${i.path.join('.')}: ${i.message}`));
  return parsed.data;
}

export function loadRosterFile(file: string): Roster {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RosterError([
      `DUTY_ROSTER ${file}: cannot be read as JSON (${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'})`,
    ]);
  }
  return parseRoster(raw, file);
}

const sameIdentity = (a: DutyPerson, b: DutyPerson): boolean =>
  (a.aadObjectId !== undefined &&
    b.aadObjectId !== undefined &&
    a.aadObjectId.toLowerCase() === b.aadObjectId.toLowerCase()) ||
  (a.upn !== undefined && b.upn !== undefined && a.upn.toLowerCase() === b.upn.toLowerCase());

export function createDutyRoster(
  roster: Roster | undefined,
  defaultOutOfHours?: string,
  withoutRoster: NoRosterPolicy = 'anyone',
): DutyRoster {
  const byId = new Map((roster?.organisations ?? []).map((o) => [o.id, o]));
  const people = (roster?.organisations ?? []).flatMap((o) => [...o.dutyWorkers, ...o.ladder]);
  return {
    configured: roster !== undefined,
    policy: roster ? 'roster' : withoutRoster,
    listsUpns: people.some((p) => p.upn !== undefined && p.aadObjectId === undefined),
    organisation: (id) => byId.get(id),
    organisationForTeamsUser(person, tenantId) {
      if (!roster) return DEFAULT_ORGANISATION_ID;
      const byTenant = roster.organisations.find((o) => tenantId !== undefined && o.tenantIds.includes(tenantId));
      if (byTenant) return byTenant.id;
      const byMembership = roster.organisations.find((o) => o.dutyWorkers.some((w) => sameIdentity(w, person)));
      return byMembership?.id;
    },
    mayGoOnDuty(organisationId, person) {
      if (!roster) return withoutRoster !== 'closed';
      return byId.get(organisationId)?.dutyWorkers.some((w) => sameIdentity(w, person)) ?? false;
    },
    ladder: (organisationId) => byId.get(organisationId)?.ladder ?? [],
    outOfHoursContact: (organisationId) => byId.get(organisationId)?.outOfHoursContact ?? defaultOutOfHours,
    isWithinWorkingHours(organisationId, now) {
      return isWithinHours(byId.get(organisationId)?.workingHours ?? DEFAULT_WORKING_HOURS, ukClock(now));
    },
  };
}
