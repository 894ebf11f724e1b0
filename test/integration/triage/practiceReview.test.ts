/**
 * The practice review (issue 20) played against the running bot, as a member of staff would meet it,
 * with nobody on duty: every sentence about an alert says what happened, the first step comes first,
 * and the advice is what a DSL would give. English and Welsh.
 */
import { createLocalizer } from '../../../src/i18n/i18n';
import { allText, textOf } from '../../support/conversationDriver';
import { answer, lastQuestion, LOW_RISK_CASE, runTriage, type Question } from '../../support/triage';
import { startTestBot, type TestBot } from '../../support/testBot';

describe('what a member of staff is told (issue 20), nobody on duty', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['en-GB', 'cy'] as const)(
    'immediate danger: one message, 999 first, and it never claims an alert was sent (%s)',
    async (locale) => {
      const c = t.conversation({ locale });
      await c.say('hello');
      const started = await c.say('start');
      const danger = await answer(c, lastQuestion(started.replies) as Question, { choose: ['yes'] }, false);
      const texts = danger.replies.map(textOf).filter((text) => /999/.test(text));
      // Point 14: one message, in order: 999, stay, no secrets, send for the DSL, what happened to the alert, write it
      // down.
      expect(texts).toHaveLength(1);
      const message = texts[0];
      expect(message.indexOf('999')).toBeLessThan(
        message.search(locale === 'cy' ? /Does neb ar ddyletswydd/ : /Nobody is on duty/),
      );
      expect(message).toMatch(locale === 'cy' ? /Peidiwch ag addo cadw/ : /Do not promise to keep it secret/);
      // Point 1: with nobody on duty, nothing says an alert is on its way.
      const all = allText(danger.replies);
      expect(all).not.toMatch(/I am alerting|I've sent this|Dw i'n rhoi gwybod|Dw i wedi anfon hwn/);
      const later = await answer(c, lastQuestion(danger.replies) as Question, { choose: ['later'] }, false);
      expect(allText(later.replies)).not.toMatch(/has been alerted|wedi cael gwybod/);
    },
  );

  it('the summary says the alert has not reached anyone yet, not that a duty worker was alerted', async () => {
    const c = t.conversation({ channel: 'webchat' });
    await c.say('hello');
    const { all } = await runTriage(c, { ...LOW_RISK_CASE, selfHarm: { choose: ['recent'] } });
    const text = allText(all);
    expect(text).toContain('No duty worker has received the alert yet');
    expect(text).not.toContain('A duty worker has been alerted');
    // Point 12: a route, never a statutory level or "risk: none".
    expect(text).toContain('Tell your DSL or their deputy in person, now');
    expect(text).not.toMatch(/Child protection|Child in need|Indicative level of need/);
  });

  it('a concern that nobody was told about: says so, that it does not replace telling the DSL, and where the school record is kept', async () => {
    const c = t.conversation();
    await c.say('hello');
    const { all } = await runTriage(c, LOW_RISK_CASE);
    const text = allText(all);
    expect(text).toContain('nobody has been alerted about it');
    expect(text).toContain('does not replace telling your DSL yourself');
    expect(text).toContain("This log is not your school's own safeguarding record");
    expect(text).not.toContain('your safeguarding team can see it');
    // Point 17: "tell your DSL" stands above the directory, which comes last.
    const told = all.findIndex((activity) => textOf(activity).includes('does not replace telling your DSL yourself'));
    const directory = all.findIndex((activity) => textOf(activity).includes('Where to find help'));
    expect(told).toBeGreaterThanOrEqual(0);
    expect(directory).toBeGreaterThan(told);
  });

  it('"not sure" about danger: the DSL in person now, 999 if they cannot be reached and the child may be harmed first', async () => {
    const c = t.conversation();
    await c.say('hello');
    const started = await c.say('start');
    const unsure = await answer(c, lastQuestion(started.replies) as Question, { choose: ['unsure'] }, false);
    const text = allText(unsure.replies);
    expect(text).toContain('get your DSL or their deputy in person now');
    expect(text).toContain('If you cannot reach them and the child may be harmed before you do, call 999');
    expect(text).not.toContain('treat it as danger');
  });

  it.each([
    [
      'en-GB',
      'A teacher has been messaging a Year 10 girl on Snapchat',
      /headteacher.*LADO.*Do not tell the adult, and do not investigate/,
    ],
    [
      'cy',
      'Mae athro wedi bod yn anfon negeseuon at ferch ym mlwyddyn 10 ar Snapchat',
      /pennaeth.*LADO.*Peidiwch â dweud wrth yr oedolyn/,
    ],
  ] as const)(
    'a concern about an adult who works with children gets its own route at once (%s)',
    async (locale, typed, route) => {
      const c = t.conversation({ locale });
      await c.say('hello');
      const reply = await c.say(typed);
      expect(allText(reply.replies)).toMatch(route);
    },
  );

  it.each([
    ['en-GB', 'She made me promise not to tell anyone', /You cannot keep this secret/],
    ['cy', 'Gwnaeth hi i mi addo peidio â dweud wrth neb', /Allwch chi ddim cadw hyn yn gyfrinach/],
  ] as const)(
    'a typed promise of secrecy is answered at once, in the alert message (%s)',
    async (locale, typed, advice) => {
      const c = t.conversation({ locale });
      await c.say('hello');
      const reply = await c.say(typed);
      const alert = reply.replies.map(textOf).find((text) => advice.test(text));
      expect(alert).toMatch(locale === 'cy' ? /Does neb ar ddyletswydd/ : /Nobody is on duty/);
    },
  );

  it('earlier concerns are for the duty worker, as possible only: the reporter is not told of other reports (issues 20.3 and 19.4)', async () => {
    const report = async () => {
      const c = t.conversation();
      await c.say('hello');
      return allText((await runTriage(c, { ...LOW_RISK_CASE, childReference: { type: 'Q.R.' } })).all);
    };
    await report();
    expect((await report()).toLowerCase()).not.toContain('earlier concerns');
    for (const locale of ['en-GB', 'cy'] as const)
      expect(createLocalizer().t(locale)('duty:detail.chronology', { count: 1 })).toMatch(
        locale === 'cy' ? /posibl/i : /possible/i,
      );
  });
});
