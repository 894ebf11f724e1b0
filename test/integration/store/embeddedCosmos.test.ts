import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../../src/store/cosmosStore';

describe('the embedded store', () => {
  it('keeps what it acknowledged across a stop and a start, including replaces and deletes', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ehn-store-'));
    const first = await openStore({ kind: 'embedded', dataDir, database: 'db' });
    const duty = first.container('duty');
    await duty.items.create({ id: 'a', organisationId: 'org-1', n: 1 });
    await duty.items.create({ id: 'b', organisationId: 'org-1', n: 1 });
    const { resource } = await duty.item('a', 'org-1').read<{ id: string; organisationId: string; n: number }>();
    if (!resource) throw new Error('missing');
    await duty
      .item('a', 'org-1')
      .replace({ ...resource, n: 2 }, { accessCondition: { type: 'IfMatch', condition: resource._etag } });
    await duty.item('b', 'org-1').delete();
    await first.close();

    const second = await openStore({ kind: 'embedded', dataDir, database: 'db' });
    const { resources } = await second
      .container('duty')
      .items.query({
        query: 'SELECT c.id, c.n FROM c WHERE c.organisationId = @o',
        parameters: [{ name: '@o', value: 'org-1' }],
      })
      .fetchAll();
    expect(resources).toEqual([{ id: 'a', n: 2 }]);
    await second.container('duty').items.create({ id: 'c', organisationId: 'org-2', n: 3 });
    await second.close();

    const third = await openStore({ kind: 'embedded', dataDir, database: 'db' });
    const { resources: all } = await third.container('duty').items.query('SELECT VALUE c.id FROM c').fetchAll();
    expect(all.sort()).toEqual(['a', 'c']);
    await third.close();
  });

  it('reports itself unreachable while paused and reachable again once resumed', async () => {
    const store = await openStore({
      kind: 'embedded',
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'ehn-store-')),
      database: 'db',
    });
    expect(await store.isReachable()).toBe(true);
    await store.embedded?.pause();
    expect(await store.isReachable(500)).toBe(false);
    await store.embedded?.resume();
    expect(await store.isReachable()).toBe(true);
    await store.close();
  });
});
