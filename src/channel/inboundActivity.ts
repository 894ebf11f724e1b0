/**
 * The shape an inbound activity must have before the bot touches it. Anything else is a client
 * fault answered with 400, never a crash. Unknown fields are kept: channels add their own.
 */
import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).optional(), aadObjectId: z.string().max(128).optional() });

export const inboundActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z
    .string()
    .max(2048)
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), { message: 'serviceUrl must be an http(s) URL' }),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string().min(1).max(512), conversationType: z.string().max(64).optional(), tenantId: z.string().max(128).optional() }),
  text: z.string().max(200_000).optional(),
  locale: z.string().max(64).optional(),
  value: z.unknown().optional(),
  name: z.string().max(256).optional(),
});

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Bytes a request body may have; Bot Framework activities are far smaller. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;
