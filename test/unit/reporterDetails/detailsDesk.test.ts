/**
 * The details desk on the in-memory store: what a new report starts with, `my details`, and failures that never stop a
 * report.
 */
import { Writable } from 'node:stream';
import type { IncomingTurn } from '../../../src/conversation/model';
import { createLogger } from '../../../src/observability/logger';
import { DetailsDesk } from '../../../src/reporterDetails/detailsDesk';
import type { RememberedDetailsStore } from '../../../src/reporterDetails/rememberedDetails';
import { InMemoryRememberedDetails } from '../../fakes/rememberedDetails';
import { realFlow } from '../flows/support/conversation';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const triage = realFlow('triage');

function turn(organisationId = 'default', aadObjectId = 'aad-1'): IncomingTurn {
  return {
    channel: 'msteams',
    personal: true,
    person: { id: `29:${aadObjectId}`, aadObjectId },
    organisationId,
    address: {
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1',
      conversationId: 'a:1',
      userId: `29:${aadObjectId}`,
      botId: '28:bot',
    },
    now: NOW,
  };
}

function desk(store: RememberedDetailsStore = new InMemoryRememberedDetails()) {
  const logged: string[] = [];
  const logger = createLogger(
    'warn',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const organisations: Record<string, { name: string; country?: 'england' | 'wales' }> = {
    'ysgol-enghraifft': { name: 'Ysgol Enghraifft', country: 'wales' },
  };
  return { desk: new DetailsDesk({ store, organisation: (id) => organisations[id], logger, triage }), logged, store };
}

const broken: RememberedDetailsStore = {
  get: () => Promise.reject(new Error('store down')),
  save: () => Promise.reject(new Error('store down')),
  forget: () => Promise.reject(new Error('store down')),
};

describe('the details desk', () => {
  it('starts a first report with nothing known, then with what the report gave', async () => {
    const { desk: d } = desk();
    expect(await d.forTriage(turn(), triage)).toEqual({ answers: {}, lines: [] });
    await d.rememberAfterReport(turn(), { role: 'teacher', organisation: 'Exampleshire High', age: 14 });
    const next = await d.forTriage(turn(), triage);
    expect(next.answers).toEqual({ role: 'teacher', organisation: 'Exampleshire High' });
    expect(next.lines.map((l) => l.key)).toEqual([
      'common:details.using',
      'common:details.role',
      'common:details.organisation',
    ]);
    // Another person is not given them.
    expect((await d.forTriage(turn('default', 'aad-2'), triage)).answers).toEqual({});
  });

  it('takes the organisation and area from the configuration, and never remembers that organisation', async () => {
    const { desk: d, store } = desk();
    const inWales = turn('ysgol-enghraifft');
    const first = await d.forTriage(inWales, triage);
    expect(first.answers).toEqual({ organisation: 'Ysgol Enghraifft', area: 'wales' });
    expect(first.lines[0]?.key).toBe('common:details.usingSetUp');
    await d.rememberAfterReport(inWales, { role: 'pastoral', organisation: 'Ysgol Enghraifft' });
    expect(await store.get(d.owner(inWales), NOW)).toEqual({ role: 'pastoral', updatedAt: NOW.toISOString() });
  });

  it('changes them from the card: a number that is not one, or a role the triage does not offer, is not kept', async () => {
    const { desk: d, store } = desk();
    expect(await d.change(turn(), { role: 'teacher', phone: 'ring the office' })).toEqual([
      { key: 'common:details.badPhone' },
    ]);
    expect(await store.get(d.owner(turn()), NOW)).toBeUndefined();
    expect(await d.change(turn(), { role: 'head-of-year', phone: '07700 900123' })).toEqual([
      { key: 'common:details.saved' },
    ]);
    expect(await store.get(d.owner(turn()), NOW)).toEqual({ phone: '07700 900123', updatedAt: NOW.toISOString() });
    expect(await d.forget(turn())).toEqual([{ key: 'common:details.forgotten' }]);
    expect(await d.forget(turn())).toEqual([{ key: 'common:details.nothingToForget' }]);
  });

  it('a store that cannot be reached never stops a report: the questions are asked, and the log names no detail', async () => {
    const { desk: d, logged } = desk(broken);
    expect((await d.forTriage(turn('ysgol-enghraifft'), triage)).answers).toEqual({
      organisation: 'Ysgol Enghraifft',
      area: 'wales',
    });
    await expect(d.rememberAfterReport(turn(), { role: 'teacher', contactNumber: '07700 900123' })).resolves.toBe(
      undefined,
    );
    expect(logged.join('')).toContain('details.save_failed');
    expect(logged.join('')).not.toContain('07700');
  });
});
