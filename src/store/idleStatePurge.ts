/**
 * Conversation state idle for longer than the botState container's time to live. Azure Cosmos DB
 * expires it by itself (`defaultTtl`); the embedded server never expires anything, so
 * `referrals:purge` deletes it there. It matters: a triage left unfinished holds what was typed
 * about a child, and it must not outlive the days the state container's design gives it.
 */
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { forEachLimited, parseStored, queryAll, statusOf } from '../referrals/cosmosHelpers';
import { CONTAINERS } from './containers';

const DELETE_CONCURRENCY = 8;

/** How long a conversation's state is kept after its last change. */
export const IDLE_STATE_DAYS = CONTAINERS.botState.defaultTtl / 86_400;

const idleRowSchema = z.object({ id: z.string().min(1), _etag: z.string().min(1) });

/** Deletes every conversation's state last written more than `defaultTtl` seconds before `now`; returns how many. */
export async function purgeIdleConversationState(container: Container, now: Date): Promise<number> {
  const cutoff = Math.floor(now.getTime() / 1000) - CONTAINERS.botState.defaultTtl;
  const rows = await queryAll(container, { query: 'SELECT c.id, c._etag FROM c WHERE c._ts < @cutoff', parameters: [{ name: '@cutoff', value: cutoff }] });
  let deleted = 0;
  await forEachLimited(
    rows.map((row) => parseStored(idleRowSchema, row, 'conversation state key')),
    DELETE_CONCURRENCY,
    async (row) => {
      try {
        // If-Match: a conversation that carried on since the query is not idle; leave it.
        await container.item(row.id, row.id).delete({ accessCondition: { type: 'IfMatch', condition: row._etag } });
        deleted += 1;
      } catch (error) {
        const status = statusOf(error);
        if (status !== 412 && status !== 404) throw error;
      }
    },
  );
  return deleted;
}
