/** What is known about the reporter becomes pre-filled answers, so the flow does not ask it (issue 17 item 3). */
import { changesRemembered, detailsToRemember, reporterAnswers } from '../../../src/reporterDetails/prefill';
import { InMemoryRememberedDetails } from '../../fakes/rememberedDetails';
import { realFlow } from '../flows/support/conversation';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const remembered = {
  role: 'teacher',
  organisation: 'Exampleshire High',
  phone: '07700 900123',
  updatedAt: NOW.toISOString(),
};

describe('pre-filled reporter answers', () => {
  it('fills role, organisation and call-back number from what is remembered', () => {
    expect(reporterAnswers(realFlow('triage'), { remembered })).toEqual({
      role: 'teacher',
      organisation: 'Exampleshire High',
      contactNumber: '07700 900123',
    });
  });

  it('takes the organisation and the area from the configuration over what is remembered', () => {
    expect(
      reporterAnswers(realFlow('triage'), { remembered, organisationName: 'Ysgol Enghraifft', area: 'wales' }),
    ).toEqual({ role: 'teacher', organisation: 'Ysgol Enghraifft', contactNumber: '07700 900123', area: 'wales' });
  });

  it('drops a remembered role the flow no longer offers', () => {
    expect(
      reporterAnswers(realFlow('triage'), { remembered: { ...remembered, role: 'head-of-year' } }),
    ).not.toHaveProperty('role');
  });

  it('only fills questions the flow has (the signposting flow asks no reporter questions)', () => {
    expect(reporterAnswers(realFlow('signposting'), { remembered, area: 'england' })).toEqual({ area: 'england' });
  });
});

describe('what is remembered after a report', () => {
  it('keeps role, organisation and a valid number, never an organisation the configuration gives', () => {
    const answers = { role: 'pastoral', organisation: ' Youth Club ', contactNumber: '+44 7700 900123', age: 14 };
    expect(detailsToRemember(answers, {})).toEqual({
      role: 'pastoral',
      organisation: 'Youth Club',
      phone: '+44 7700 900123',
    });
    expect(detailsToRemember(answers, { organisationName: 'Exampleshire High' })).toEqual({
      role: 'pastoral',
      phone: '+44 7700 900123',
    });
    expect(detailsToRemember({ contactNumber: 'call the office' }, {})).toEqual({});
  });

  it('says whether a report changes them', () => {
    expect(
      changesRemembered({ role: 'teacher', organisation: 'Exampleshire High', phone: '07700 900123' }, remembered),
    ).toBe(false);
    expect(changesRemembered({ role: 'pastoral' }, remembered)).toBe(true);
  });

  it('the fake store expires details a year after their last save, like the Cosmos adapter', async () => {
    const store = new InMemoryRememberedDetails();
    const owner = { organisationId: 'default', personKey: 'aad-1' };
    await store.save(owner, { role: 'teacher' }, NOW);
    expect(await store.get(owner, new Date(NOW.getTime() + 364 * 86_400_000))).toMatchObject({ role: 'teacher' });
    expect(await store.get(owner, new Date(NOW.getTime() + 366 * 86_400_000))).toBeUndefined();
  });
});
