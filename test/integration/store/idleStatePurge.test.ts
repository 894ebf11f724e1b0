/**
 * Conversation state idle past botState's time to live is deleted by the purge (the embedded store
 * never expires items itself); state still in use is kept.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CosmosStateStorage } from '../../../src/store/cosmosStateStorage';
import { openStore, type Store } from '../../../src/store/cosmosStore';
import { IDLE_STATE_DAYS, purgeIdleConversationState } from '../../../src/store/idleStatePurge';

const DAY = 86_400_000;

let store: Store;
beforeAll(async () => {
  store = await openStore({
    kind: 'embedded',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'ehn-idle-state-')),
    database: 'test',
  });
});
afterAll(async () => {
  await store.close();
});

describe('purging idle conversation state', () => {
  it('keeps state younger than its time to live and deletes it once it has been idle longer', async () => {
    const storage = new CosmosStateStorage(store.container('botState'));
    const keys = ['msteams/conversations/a:idle-1/', 'webchat/conversations/idle-2/'];
    await storage.write(
      Object.fromEntries(keys.map((key) => [key, { dialogState: { dialogStack: [] }, locale: 'en-GB' }])),
    );
    const written = Date.now();
    expect(IDLE_STATE_DAYS).toBe(30);

    expect(
      await purgeIdleConversationState(store.container('botState'), new Date(written + (IDLE_STATE_DAYS - 1) * DAY)),
    ).toBe(0);
    expect(Object.keys(await storage.read(keys)).sort()).toEqual([...keys].sort());

    expect(
      await purgeIdleConversationState(store.container('botState'), new Date(written + (IDLE_STATE_DAYS + 1) * DAY)),
    ).toBe(2);
    expect(await storage.read(keys)).toEqual({});
    expect(
      await purgeIdleConversationState(store.container('botState'), new Date(written + (IDLE_STATE_DAYS + 1) * DAY)),
    ).toBe(0);
  });
});
