/**
 * Whole triages through the real HTTP path: Teams (Action.Execute) and web chat (Action.Submit),
 * in English and Welsh, answering by pressing card buttons or by typing.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionsOf, allText, cardsOf } from '../../support/conversationDriver';
import { answer, lastQuestion, LOW_RISK_CASE, runTriage, storyConfirmOf, type Question } from '../../support/triage';
import { ConnectorStandIn } from '../../support/connectorStandIn';
import { startTestBot, tempDataDir, type TestBot } from '../../support/testBot';
import { adaptiveCardErrors } from '../../support/adaptiveCardSchema';

const CASE = LOW_RISK_CASE;

describe('a full triage, hello to signposting', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['msteams', 'en-GB', false],
    ['webchat', 'en-GB', false],
    ['msteams', 'cy', false],
    ['webchat', 'cy', true],
  ] as const)(
    'in %s (%s, typed: %s) ends in a summary with a reference, a level of need and signposting',
    async (channel, locale, typed) => {
      const c = t.conversation({ channel, locale });
      await c.say('hello');
      const { all, asked } = await runTriage(c, CASE, { typed });
      expect(asked[0]).toBe('immediateDanger');
      expect(asked).toContain('summary');
      const text = allText(all);
      expect(text).toMatch(locale === 'cy' ? /Cwestiwn 1 o \d+/ : /Question 1 of \d+/);
      expect(text).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
      const cards = all.flatMap(cardsOf);
      for (const card of cards) expect(adaptiveCardErrors(card)).toEqual([]);
      const actionTypes = new Set(cards.flatMap(actionsOf).map((a) => a.type));
      expect(actionTypes.has(channel === 'msteams' ? 'Action.Execute' : 'Action.Submit')).toBe(true);
      expect(actionTypes.has(channel === 'msteams' ? 'Action.Submit' : 'Action.Execute')).toBe(false);
      // Signposting closes the conversation: with a tappable phone or web link.
      const last = cards[cards.length - 1];
      expect(JSON.stringify(last)).toMatch(/"url":"(tel:|https:)/);
      // Nothing in this case is a risk: no duty worker is alerted.
      expect(text).not.toMatch(/duty safeguarding worker|gweithiwr diogelu ar ddyletswydd/);
    },
  );

  it('answers "what help is there for eating difficulties for a 12-year-old?" with a short flow and eating services', async () => {
    const c = t.conversation({ channel: 'webchat' });
    await c.say('hello');
    let reply = await c.say('what help is there for eating difficulties for a 12-year-old?');
    const asked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const q = lastQuestion(reply.replies);
      if (!q) break;
      asked.push(q.nodeId);
      reply = await answer(c, q, q.nodeId === 'area' ? { choose: ['england'] } : { choose: ['confirm'] }, false);
    }
    // Needs and age came from the question: only the area (and the confirmation) are asked.
    expect(asked).not.toContain('needs');
    expect(asked).not.toContain('age');
    const text = allText(reply.replies);
    expect(text).toContain('Beat');
    expect(text).not.toMatch(/EH-[0-9A-Z]{4}/);
  });

  it('answers help, privacy, language, back and restart at a question without losing it', async () => {
    const c = t.conversation();
    await c.say('hello');
    let reply = await c.say('start');
    reply = await answer(c, lastQuestion(reply.replies) as Question, { choose: ['no'] }, false);
    // What was noticed comes straight after the danger question (issue 20, point 15).
    const needsQuestion = lastQuestion(reply.replies);
    expect(needsQuestion?.nodeId).toBe('needs');

    const help = await c.say('help');
    expect(allText(help.replies)).toContain('What you can type at any time');
    const privacy = await c.say('privacy');
    expect(allText(privacy.replies)).toContain('How your information is used');
    const welsh = await c.say('iaith');
    expect(allText(welsh.replies)).toContain("Bydda i'n siarad Cymraeg");
    expect(lastQuestion(welsh.replies)?.nodeId).toBe('needs');
    await c.say('language');

    const sleep = await c.say('sleep problems');
    expect(lastQuestion(sleep.replies)?.nodeId).toBe('noticed');
    const back = await c.say('back');
    expect(lastQuestion(back.replies)?.nodeId).toBe('needs');
    const restart = await c.say('restart');
    expect(lastQuestion(restart.replies)?.nodeId).toBe('immediateDanger');
    const cancel = await c.say('cancel');
    expect(allText(cancel.replies)).toContain("I've stopped this report");
  });

  it('re-asks kindly for an age of 400, text where a choice was expected, and a stale card', async () => {
    const c = t.conversation({ channel: 'webchat' });
    await c.say('hello');
    let reply = await c.say('start');
    const first = lastQuestion(reply.replies) as Question;
    reply = await c.say('purple');
    expect(lastQuestion(reply.replies)?.nodeId).toBe('immediateDanger');
    reply = await answer(c, first, { choose: ['no'] }, false);
    // The first card pressed again, after it was answered: stale, nothing lost.
    const stale = await answer(c, first, { choose: ['yes'] }, false);
    expect(lastQuestion(stale.replies)?.nodeId).toBe('needs');
    expect(allText(stale.replies)).not.toContain('999');
    for (const id of [
      'needs',
      'noticed',
      'childWords',
      'selfHarm',
      'suicidalThoughts',
      'harmDisclosure',
      'exploitation',
      'missing',
      'childReference',
    ]) {
      const q = lastQuestion(reply.replies) as Question;
      // The child's words may have been read from what they saw or heard (confirmed below): not asked again.
      if (id === 'childWords' && q.nodeId !== id) continue;
      expect(q.nodeId).toBe(id);
      reply = await answer(c, q, CASE[id], false);
      // What they saw or heard is read like an opening account: its confirm card is accepted as it stands.
      const confirm = storyConfirmOf(reply.replies);
      if (confirm) reply = await c.press(confirm.action, confirm.inputs);
    }
    const age = lastQuestion(reply.replies) as Question;
    expect(age.nodeId).toBe('age');
    const silly = await answer(c, age, { type: '400' }, false);
    expect(lastQuestion(silly.replies)?.nodeId).toBe('age');
    expect(allText(silly.replies)).toMatch(/0|25|age/i);
  });
});

describe('a conversation across a restart and a flow edit', () => {
  it('resumes at the same question after the server restarts mid-conversation', async () => {
    const dataDir = tempDataDir();
    const connector = await new ConnectorStandIn().start();
    const first = await startTestBot({ dataDir, connector });
    const c = first.conversation();
    await c.say('hello');
    let reply = await c.say('start');
    reply = await answer(c, lastQuestion(reply.replies) as Question, { choose: ['no'] }, false);
    expect(lastQuestion(reply.replies)?.nodeId).toBe('needs');
    await first.close();

    const second = await startTestBot({ dataDir, connector });
    c.retarget(second.bot.url);
    try {
      const sleep = await c.say('sleep problems');
      expect(lastQuestion(sleep.replies)?.nodeId).toBe('noticed');
    } finally {
      await second.close();
      await connector.stop();
    }
  });

  it('tells a person whose flow changed version and restarts them at the first question', async () => {
    const dialogs = tempDataDir();
    cpSync(path.resolve(__dirname, '../../../dialogs'), dialogs, { recursive: true });
    const dataDir = tempDataDir();
    const connector = await new ConnectorStandIn().start();
    const first = await startTestBot({ dataDir, connector, start: { dialogsDir: dialogs } });
    const c = first.conversation();
    await c.say('hello');
    let reply = await c.say('start');
    reply = await answer(c, lastQuestion(reply.replies) as Question, { choose: ['no'] }, false);
    expect(lastQuestion(reply.replies)?.nodeId).toBe('needs');
    await first.close();

    const file = path.join(dialogs, 'triage.flow.json');
    const flow = JSON.parse(readFileSync(file, 'utf8')) as { version: number };
    writeFileSync(file, JSON.stringify({ ...flow, version: flow.version + 1 }, null, 2));
    const second = await startTestBot({ dataDir, connector, start: { dialogsDir: dialogs } });
    c.retarget(second.bot.url);
    try {
      const after = await c.say('sleep problems');
      expect(allText(after.replies)).toContain('These questions have been updated since you started');
      expect(lastQuestion(after.replies)?.nodeId).toBe('immediateDanger');
    } finally {
      await second.close();
      await connector.stop();
    }
  });
});
