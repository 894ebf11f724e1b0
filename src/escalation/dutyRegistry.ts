/**
 * Who is on duty now (container `duty`, partition /organisationId): one document per duty worker
 * with the conversation reference to reach them, refreshed on every message they send.
 */
import { z } from 'zod';
import { conversationAddressSchema, type ConversationAddress } from './address';

export const dutyEntrySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  userId: z.string(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
  address: conversationAddressSchema,
  since: z.string(),
  /** The channel said the bot can no longer reach them (403: removed or blocked). */
  unreachableSince: z.string().optional(),
});
export type DutyEntry = z.infer<typeof dutyEntrySchema>;

export interface DutyRegistry {
  goOnDuty(entry: Omit<DutyEntry, 'id' | 'since' | 'unreachableSince'>, now: Date): Promise<void>;
  goOffDuty(organisationId: string, userId: string): Promise<boolean>;
  onDuty(organisationId: string): Promise<DutyEntry[]>;
  isOnDuty(organisationId: string, userId: string): Promise<boolean>;
  refreshAddress(organisationId: string, userId: string, address: ConversationAddress): Promise<void>;
  markUnreachable(organisationId: string, userId: string, now: Date): Promise<void>;
}
