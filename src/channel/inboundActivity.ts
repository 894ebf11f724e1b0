/**
 * The shape an inbound activity must have before the bot touches it. Anything else is a client
 * fault answered with 400, never a crash. Unknown fields are kept: channels add their own.
 */
import { z } from 'zod';

const account = z.looseObject({
  id: z.string().min(1).max(512),
  name: z.string().max(512).optional(),
  aadObjectId: z.string().max(128).optional(),
});

/**
 * Entities the SDK reads before the bot does: every entity needs a `type`, and a mention (which
 * botbuilder strips from the text) the mentioned account and its text, or the turn crashes.
 */
const entity = z
  .looseObject({ type: z.string().max(256) })
  .refine(
    (e) => e.type.toLowerCase() !== 'mention' || (account.safeParse(e.mentioned).success && typeof e.text === 'string'),
    { message: 'a mention needs mentioned.id and text' },
  );

export const inboundActivitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: z.string().max(512).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().max(2048).refine(isHttpUrl, { message: 'serviceUrl must be an http(s) URL' }),
    from: account,
    recipient: account,
    // The id goes into the connector's reply URL: channels use printable ASCII, anything else cannot be replied to.
    conversation: z.looseObject({
      id: z
        .string()
        .min(1)
        .max(512)
        .regex(/^[\x20-\x7E]+$/),
      conversationType: z.string().max(64).optional(),
      tenantId: z.string().max(128).optional(),
    }),
    text: z.string().max(200_000).optional(),
    locale: z.string().max(64).optional(),
    value: z.unknown().optional(),
    name: z.string().max(256).optional(),
    entities: z.array(entity).max(64).optional(),
    membersAdded: z.array(account).max(256).optional(),
    membersRemoved: z.array(account).max(256).optional(),
  })
  .refine((a) => typeof a.text === 'string' || !a.entities?.some((e) => e.type.toLowerCase() === 'mention'), {
    message: 'a mention needs the text it is in',
    path: ['text'],
  });

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** Bytes a request body may have; Bot Framework activities are far smaller. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;
