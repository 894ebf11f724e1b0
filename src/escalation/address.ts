/**
 * Where a message can be sent later: enough of a Bot Framework conversation reference, in our own
 * terms, so the escalation code and the store never see SDK types.
 */
import { z } from 'zod';

export const conversationAddressSchema = z.object({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversationId: z.string().min(1),
  userId: z.string().min(1),
  userName: z.string().optional(),
  aadObjectId: z.string().optional(),
  botId: z.string().min(1),
  botName: z.string().optional(),
  tenantId: z.string().optional(),
  locale: z.string().optional(),
});
export type ConversationAddress = z.infer<typeof conversationAddressSchema>;
