/**
 * Nothing is asked twice (issue 17 item 3; issue 20 point 15), through the real server: a second
 * report by the same Teams user is not asked their role, organisation or call-back number again
 * (they are shown, and changeable with `my details`); an organisation the roster names, and the
 * area it gives, are never asked; "look for other help" after a report does not ask the child's
 * age or area again. Every turn in which the person must answer is counted.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionsOf, allText, cardsOf, inputsOf, type DriverUser } from '../../support/conversationDriver';
import { continueTriage, LOW_RISK_CASE, runTriage, type Answer } from '../../support/triage';
import { startTestBot, type TestBot } from '../../support/testBot';
import { adaptiveCardErrors } from '../../support/adaptiveCardSchema';

const teacher = (): DriverUser => ({ id: `29:${randomUUID()}`, name: 'Test Teacher', aadObjectId: randomUUID() });
const ALERTED: Record<string, Answer> = {
  ...LOW_RISK_CASE,
  selfHarm: { choose: ['recent'] },
  contactNumber: { type: '01632 960 777' },
};
const USING = {
  'en-GB': 'I have these details for you from last time',
  cy: "Mae gen i'r manylion hyn amdanoch chi o'r tro diwethaf",
} as const;

describe('nothing is asked twice: the reporter’s own details (issue 17 item 3)', () => {
  let t: TestBot;
  const measured: string[] = [];
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
    process.stdout.write(`\nreporter questions, first and second report:\n${measured.join('\n')}\n`);
  });

  it.each(['en-GB', 'cy'] as const)(
    'a second report by the same Teams user asks two fewer questions, and shows what it used (%s)',
    async (locale) => {
      const user = teacher();
      const first = await runTriage(t.conversation({ channel: 'msteams', locale, user }), LOW_RISK_CASE);
      const second = await runTriage(t.conversation({ channel: 'msteams', locale, user }), LOW_RISK_CASE);
      measured.push(`low risk | msteams/${locale} | ${first.asked.length} → ${second.asked.length}`);
      expect(first.asked).toEqual(expect.arrayContaining(['role', 'organisation']));
      expect(second.asked).not.toContain('role');
      expect(second.asked).not.toContain('organisation');
      expect(first.asked.length - second.asked.length).toBe(2);
      const text = allText(second.all);
      expect(text).toContain(USING[locale]);
      expect(text).toContain('Exampleshire High');
      expect(text).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
      // Somebody else in the same organisation is still asked.
      const other = await runTriage(t.conversation({ channel: 'msteams', locale }), LOW_RISK_CASE);
      expect(other.asked).toEqual(expect.arrayContaining(['role', 'organisation']));
    },
  );

  it.each(['en-GB', 'cy'] as const)(
    'story first: a second account by the same Teams user is not asked role or organisation either (%s)',
    async (locale) => {
      const account = {
        'en-GB':
          'AB in Year 9 has been on the CAMHS waiting list for nine months and is getting more withdrawn. She told me "I just want to stay in my room".',
        cy: 'Mae AB (blwyddyn 9) wedi bod ar restr aros CAMHS ers naw mis ac mae hi\'n mynd yn fwy tawel. Dywedodd hi "dw i jyst eisiau aros yn fy stafell".',
      }[locale];
      const plan: Record<string, Answer> = {
        ...LOW_RISK_CASE,
        camhsSince: { type: 'March' },
        selfHarmTicked: { choose: ['unknown'] },
      };
      const tell = async (c: ReturnType<TestBot['conversation']>) => {
        const opened = await c.say(account);
        const card = opened.replies
          .flatMap(cardsOf)
          .find((k) => actionsOf(k).some((a) => a.data?.verb === 'story.confirm'));
        const confirm = card && actionsOf(card).find((a) => a.data?.verb === 'story.confirm');
        if (!card || !confirm) throw new Error('no confirm card');
        const inputs = Object.fromEntries(
          inputsOf(card)
            .filter((input) => input.value !== undefined)
            .map((input) => [input.id, input.value]),
        );
        const run = await continueTriage(c, await c.press(confirm, inputs), plan);
        return { asked: ['story.confirm', ...run.asked], all: run.all };
      };
      const user = teacher();
      const first = await tell(t.conversation({ channel: 'msteams', locale, user }));
      const second = await tell(t.conversation({ channel: 'msteams', locale, user }));
      measured.push(`story first (CAMHS wait) | msteams/${locale} | ${first.asked.length} → ${second.asked.length}`);
      expect(first.asked).toEqual(expect.arrayContaining(['role', 'organisation']));
      expect(second.asked).not.toContain('role');
      expect(second.asked).not.toContain('organisation');
      expect(second.asked).not.toContain('contactNumber');
      // Role and organisation: the account raises no alert, so no call-back number is asked in either report.
      expect(first.asked).not.toContain('contactNumber');
      expect(first.asked.length - second.asked.length).toBe(2);
      expect(allText(second.all)).toContain(USING[locale]);
    },
  );

  it.each(['en-GB', 'cy'] as const)(
    'when something is escalated, the remembered call-back number is not asked again either (%s)',
    async (locale) => {
      const user = teacher();
      const first = await runTriage(t.conversation({ channel: 'msteams', locale, user }), ALERTED);
      const second = await runTriage(t.conversation({ channel: 'msteams', locale, user }), ALERTED);
      measured.push(`alerted | msteams/${locale} | ${first.asked.length} → ${second.asked.length}`);
      expect(first.asked).toEqual(expect.arrayContaining(['role', 'organisation', 'contactNumber']));
      expect(second.asked).not.toContain('contactNumber');
      expect(first.asked.length - second.asked.length).toBe(3);
      expect(allText(second.all)).toContain('01632 960 777');
    },
  );

  it('an alert raised in the middle of a second report carries the remembered call-back number to the duty worker', async () => {
    const user = teacher();
    await runTriage(t.conversation({ channel: 'msteams', user }), ALERTED);
    const dsl = t.conversation({ channel: 'msteams' });
    await dsl.say('on duty');
    try {
      const c = t.conversation({ channel: 'msteams', user });
      const reported = await continueTriage(c, await c.say('start'), ALERTED, { stopBefore: 'eating' });
      expect(reported.asked).toContain('selfHarm');
      const alert = await t.connector.waitFor(
        (r) =>
          r.conversationId === dsl.id &&
          cardsOf(r.activity).some((card) => actionsOf(card).some((a) => a.data?.verb === 'escalation.claim')),
      );
      expect(JSON.stringify(alert.activity)).toContain('01632 960 777');
    } finally {
      await dsl.say('off duty');
    }
  });

  it('my details shows them pre-filled on a card; a change is used in the next report; forgetting means being asked again', async () => {
    const user = teacher();
    await runTriage(t.conversation({ channel: 'msteams', user }), ALERTED);
    const c = t.conversation({ channel: 'msteams', user });
    const shown = await c.say('my details');
    const card = shown.replies.flatMap(cardsOf)[0];
    expect(adaptiveCardErrors(card)).toEqual([]);
    const values = Object.fromEntries(inputsOf(card).map((input) => [input.id, input.value]));
    expect(values).toEqual({
      'details.role': 'teacher',
      'details.organisation': 'Exampleshire High',
      'details.phone': '01632 960 777',
    });
    const save = actionsOf(card).find((a) => a.data?.verb === 'details.save');
    if (!save) throw new Error('no save action');
    expect(save.type).toBe('Action.Execute');
    const saved = await c.press(save, { ...values, 'details.role': 'pastoral', 'details.phone': '07700 900 123' });
    expect(allText(saved.replies)).toContain("Saved. I'll use these in your next report");
    const next = await runTriage(c, ALERTED);
    expect(next.asked).not.toContain('role');
    expect(next.asked).not.toContain('contactNumber');
    expect(allText(next.all)).toContain('Pastoral or safeguarding staff');
    expect(allText(next.all)).toContain('07700 900 123');

    expect(allText((await c.say('forget my details')).replies)).toContain('I no longer remember your role');
    const after = await runTriage(c, LOW_RISK_CASE);
    expect(after.asked).toEqual(expect.arrayContaining(['role', 'organisation']));
  });

  it('fy manylion in web chat: the card is Action.Submit, a number that is not one is refused', async () => {
    const c = t.conversation({ channel: 'webchat', locale: 'cy' });
    const shown = await c.say('fy manylion');
    const card = shown.replies.flatMap(cardsOf)[0];
    expect(allText(shown.replies)).toContain('Dw i ddim yn cofio unrhyw fanylion i chi eto');
    const save = actionsOf(card).find((a) => a.data?.verb === 'details.save');
    if (!save) throw new Error('no save action');
    expect(save.type).toBe('Action.Submit');
    const refused = await c.press(save, { 'details.role': 'youth-worker', 'details.phone': 'ring the office' });
    expect(allText(refused.replies)).toContain('Dydy hwnna ddim yn edrych fel rhif ffôn');
    const saved = await c.press(save, { 'details.role': 'youth-worker', 'details.organisation': 'Clwb Ieuenctid' });
    expect(allText(saved.replies)).toContain("Wedi'u cadw");
    const report = await runTriage(c, LOW_RISK_CASE);
    expect(report.asked).not.toContain('role');
    expect(report.asked).not.toContain('organisation');
  });

  it('a returning web chat reporter (the same user id, a new conversation) is not asked role or organisation again', async () => {
    const user: DriverUser = { id: `dl_default_${randomUUID().replace(/-/g, '').slice(0, 24)}`, name: 'Youth worker' };
    const first = await runTriage(t.conversation({ channel: 'webchat', user }), LOW_RISK_CASE);
    const second = await runTriage(t.conversation({ channel: 'webchat', user }), LOW_RISK_CASE);
    expect(first.asked).toEqual(expect.arrayContaining(['role', 'organisation']));
    expect(second.asked).not.toContain('role');
    expect(second.asked).not.toContain('organisation');
  });

  it('look for other help after a report does not ask the child’s age or area again', async () => {
    const c = t.conversation({ channel: 'msteams' });
    const report = await runTriage(c, LOW_RISK_CASE);
    const again = report.all
      .flatMap(cardsOf)
      .flatMap(actionsOf)
      .find((a) => a.data?.verb === 'signpost.show');
    if (!again) throw new Error('no "look for other help" action');
    const other = await continueTriage(c, await c.press(again), { needs: { choose: ['sleep'] } });
    expect(other.asked).toEqual(['needs']);
  });
});

describe('the organisation and its area from the roster (issue 20 point 15)', () => {
  let t: TestBot;
  const TENANT = randomUUID();
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ehn-details-roster-'));
    const roster = path.join(dir, 'roster.json');
    writeFileSync(
      roster,
      JSON.stringify({
        organisations: [
          {
            id: 'ysgol-enghraifft',
            name: 'Ysgol Enghraifft',
            tenantIds: [TENANT],
            country: 'wales',
            dutyWorkers: [{ aadObjectId: randomUUID(), name: 'PDD', role: 'Person diogelu dynodedig' }],
            outOfHoursContact: 'Tîm Dyletswydd Brys',
          },
        ],
      }),
    );
    t = await startTestBot({ env: { DUTY_ROSTER: roster } });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['en-GB', 'cy'] as const)(
    'a Teams user of a listed tenant is asked neither their organisation nor the child’s area (%s)',
    async (locale) => {
      const { asked, all } = await runTriage(
        t.conversation({ channel: 'msteams', locale, tenantId: TENANT }),
        LOW_RISK_CASE,
      );
      expect(asked).toContain('role');
      expect(asked).not.toContain('organisation');
      expect(asked).not.toContain('area');
      expect(allText(all)).toContain('Ysgol Enghraifft');
      process.stdout.write(`\nroster organisation, first report | msteams/${locale} | ${asked.length} questions\n`);
    },
  );

  it('a web chat user with the organisation’s access code is not asked it either', async () => {
    const c = t.conversation({
      channel: 'webchat',
      user: { id: `dl_ysgol-enghraifft_${randomUUID().replace(/-/g, '').slice(0, 16)}`, name: 'Youth worker' },
    });
    const { asked } = await runTriage(c, LOW_RISK_CASE);
    expect(asked).not.toContain('organisation');
    expect(asked).not.toContain('area');
  });
});
