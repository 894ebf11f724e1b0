/**
 * What the bot remembers about a member of staff between reports (issue 17 item 3: nothing is
 * asked twice): their role, organisation and call-back number, and when they last changed or used
 * them. Nothing else, and nothing about any child. Keyed by the person's stable id in their
 * organisation; kept for DETAILS_KEPT_DAYS after the last write, then expired (privacy notice).
 */
import { z } from 'zod';

/** How long remembered details are kept after they were last saved or used in a report. */
export const DETAILS_KEPT_DAYS = 365;

export const rememberedDetailsSchema = z.object({
  /** A role choice id from the triage flow (e.g. `teacher`), never free text. */
  role: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,59}$/)
    .optional(),
  organisation: z.string().trim().min(1).max(120).optional(),
  phone: z.string().trim().min(1).max(40).optional(),
  updatedAt: z.iso.datetime(),
});
export type RememberedDetails = z.infer<typeof rememberedDetailsSchema>;

/** The details a person can change (updatedAt is the store's). */
export type DetailsChange = Omit<RememberedDetails, 'updatedAt'>;

/** Who the details belong to: the organisation they report to and their stable id there. */
export interface DetailsOwner {
  organisationId: string;
  /** Teams: the Entra object id; web chat: the access-code identity the turn gives. */
  personKey: string;
}

export interface RememberedDetailsStore {
  /** Undefined when nothing is remembered (or it has expired). */
  get(owner: DetailsOwner, now: Date): Promise<RememberedDetails | undefined>;
  /** Replaces what is remembered; a change with nothing in it forgets them. */
  save(owner: DetailsOwner, details: DetailsChange, now: Date): Promise<void>;
  /** Forgets everything remembered about this person; false when there was nothing. */
  forget(owner: DetailsOwner): Promise<boolean>;
}

/** True when the change holds nothing worth keeping. */
export function isEmptyChange(details: DetailsChange): boolean {
  return details.role === undefined && details.organisation === undefined && details.phone === undefined;
}

/** True when details saved at `updatedAt` are past their time by `now`. */
export function hasExpired(updatedAt: string, now: Date): boolean {
  return now.getTime() - Date.parse(updatedAt) > DETAILS_KEPT_DAYS * 86_400_000;
}
