/**
 * Story first (issue 17), measured: a scripted member of staff opens with their own account and
 * answers only what is asked, through the real server and the connector stand-in. Every turn in
 * which the person must answer is counted (the confirm card included).
 */
import { actionsOf, allText, cardsOf, type Conversation, type Exchange } from '../../support/conversationDriver';
import { answer, lastQuestion, LOW_RISK_CASE, storyConfirmOf, type Answer, type Question } from '../../support/triage';
import { startTestBot, type TestBot } from '../../support/testBot';
import { adaptiveCardErrors } from '../../support/adaptiveCardSchema';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface StoryCase {
  name: string;
  account: { 'en-GB': string; cy: string };
  answers: Record<string, Answer>;
}

const ANSWERS: Record<string, Answer> = {
  ...LOW_RISK_CASE,
  camhsSince: { type: 'March' },
  selfHarmTicked: { choose: ['unknown'] },
};

/** The three transcript cases of issue 17, as a teacher between lessons would write them. */
const CASES: StoryCase[] = [
  {
    name: 'CAMHS wait, getting more withdrawn',
    account: {
      'en-GB':
        'AB in Year 9 has been on the CAMHS waiting list for nine months and is getting more withdrawn. She told me "I just want to stay in my room".',
      cy: 'Mae AB (blwyddyn 9) wedi bod ar restr aros CAMHS ers naw mis ac mae hi\'n mynd yn fwy tawel. Dywedodd hi "dw i jyst eisiau aros yn fy stafell".',
    },
    answers: ANSWERS,
  },
  {
    name: 'behaviour alone, a CAMHS referral asked for',
    account: {
      'en-GB':
        'JT (Y7) keeps walking out of lessons and throwing chairs, every day for the last few weeks. I think he needs a CAMHS referral.',
      cy: "Mae JT (blwyddyn 7) yn cerdded allan o wersi ac yn taflu cadeiriau bob dydd ers wythnosau. Dw i'n meddwl bod angen atgyfeiriad CAMHS arno fe.",
    },
    answers: ANSWERS,
  },
  {
    name: 'anxiety and absence after a separation',
    account: {
      'en-GB':
        'LM, 13, has missed 9 days this half term and says she feels sick before school. It has been going on for weeks and is getting worse. Her parents separated at Christmas.',
      cy: "Mae LM, 13 oed, wedi colli 9 diwrnod yr hanner tymor hwn ac mae hi'n dweud ei bod hi'n teimlo'n sâl cyn ysgol. Mae'n gwaethygu. Gwahanodd ei rhieni adeg y Nadolig.",
    },
    answers: ANSWERS,
  },
];

/** The confirm card, accepted as it stands: the client sends every input as it is. */
const confirmAction = storyConfirmOf;

/** Opens with the account and answers only what is asked; the ids of what was asked, in order. */
async function tellStory(
  c: Conversation,
  account: string,
  answers: Record<string, Answer>,
): Promise<{ asked: string[]; all: Exchange['replies'] }> {
  return answerWhatIsAsked(c, await c.say(account), answers);
}

/** From an exchange on, answers only what is asked (the confirm card accepted as it stands). */
async function answerWhatIsAsked(
  c: Conversation,
  from: Exchange,
  answers: Record<string, Answer>,
): Promise<{ asked: string[]; all: Exchange['replies'] }> {
  let last = from;
  const all = [...last.replies];
  const asked: string[] = [];
  for (let i = 0; i < 60; i++) {
    const confirm = confirmAction(last.replies);
    const q = confirm ? undefined : lastQuestion(last.replies);
    const safety =
      q?.action.data.verb === 'triage.safety' && typeof q.action.data.nodes === 'string'
        ? q.action.data.nodes.split(',')
        : undefined;
    if (confirm) {
      asked.push('story.confirm');
      last = await c.press(confirm.action, confirm.inputs);
    } else if (q && safety) {
      // One turn: every safety question on the card answered together.
      asked.push(`safety(${safety.join('+')})`);
      const inputs = Object.fromEntries(
        safety.map((id) => {
          const planned = answers[id];
          if (!planned || !('choose' in planned)) throw new Error(`no choice planned for ${id}`);
          return [`${id}.choice`, planned.choose.join(',')];
        }),
      );
      last = await c.press(q.action, inputs);
    } else if (q) {
      asked.push(q.nodeId);
      const planned = answers[q.nodeId];
      if (!planned) throw new Error(`no answer planned for ${q.nodeId}`);
      last = await answer(c, q, planned, false);
    } else break;
    expect(last.status).toBe(200);
    all.push(...last.replies);
  }
  return { asked, all };
}

describe('story first: the account fills the triage (issue 17)', () => {
  let t: TestBot;
  const measured: string[] = [];
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(async () => {
    await t.close();
    // The figures for the report: questions per case and channel.
    process.stdout.write(`\nstory-first questions:\n${measured.join('\n')}\n`);
  });

  const runs = CASES.flatMap((story) =>
    (['msteams/en-GB', 'msteams/cy', 'webchat/en-GB'] as const).map((where) => [story.name, where, story] as const),
  );
  it.each(runs)('%s (%s): the confirm card first, then only what is missing', async (_name, where, story) => {
    const [channel, locale] = where.split('/') as ['msteams' | 'webchat', 'en-GB' | 'cy'];
    const c = t.conversation({ channel, locale });
    const { asked, all } = await tellStory(c, story.account[locale], story.answers);
    measured.push(`${story.name} | ${where} | ${asked.length} | ${asked.join(' ')}`);
    expect(asked[0]).toBe('story.confirm');
    for (const card of all.flatMap(cardsOf)) expect(adaptiveCardErrors(card)).toEqual([]);
    const actions = all
      .flatMap(cardsOf)
      .flatMap(actionsOf)
      .filter((a) => a.data?.verb === 'story.confirm');
    expect(actions[0].type).toBe(channel === 'msteams' ? 'Action.Execute' : 'Action.Submit');
    // What the account said is not asked again; the safety questions all are.
    expect(asked).not.toContain('noticed');
    expect(asked).toContain('immediateDanger');
    expect(asked).toContain('safety(selfHarm+suicidalThoughts+harmDisclosure+exploitation+missing)');
    expect(allText(all)).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
  });

  it('the CAMHS wait and the worsening come from the words alone, and show in the summary', async () => {
    const c = t.conversation({ channel: 'webchat' });
    const { asked, all } = await tellStory(c, CASES[0].account['en-GB'], ANSWERS);
    for (const read of ['needs', 'childWords', 'childReference', 'age', 'deterioration', 'involved', 'camhsSince'])
      expect(asked).not.toContain(read);
    const summary = JSON.stringify(all.flatMap(cardsOf));
    expect(summary).toContain('Getting worse');
    expect(summary).toContain('I just want to stay in my room');
    expect(summary).not.toMatch(/no one else that I know of/);
  });

  it('an answer cleared on the confirm card is asked instead of kept', async () => {
    const c = t.conversation({ channel: 'webchat' });
    const first = await c.say(CASES[0].account['en-GB']);
    const confirm = confirmAction(first.replies);
    if (!confirm) throw new Error('no confirm card');
    const { ['deterioration.choice']: _cleared, ...kept } = confirm.inputs;
    expect(_cleared).toBe('worse');
    let reply = await c.press(confirm.action, kept);
    const asked: string[] = [];
    for (let i = 0; i < 40; i++) {
      const q = lastQuestion(reply.replies);
      if (!q || q.nodeId === 'deterioration') break;
      asked.push(q.nodeId);
      reply = await answer(c, q, ANSWERS[q.nodeId], false);
    }
    expect(lastQuestion(reply.replies)?.nodeId).toBe('deterioration');
    expect(asked).not.toContain('involved');
  });

  it('asks the call-back number only when an alert was raised (issue 20, point 15)', async () => {
    const quiet = await tellStory(t.conversation({ channel: 'webchat' }), CASES[0].account['en-GB'], ANSWERS);
    expect(quiet.asked).not.toContain('contactNumber');
    const alerted = await tellStory(t.conversation({ channel: 'webchat' }), CASES[0].account['en-GB'], {
      ...ANSWERS,
      selfHarm: { choose: ['recent'] },
      contactNumber: { type: '01632 960 777' },
    });
    expect(alerted.asked).toContain('contactNumber');
    expect(allText(alerted.all)).toContain('01632 960 777');
  });

  it('a safety question left empty on the card is asked on its own, never taken as an answer', async () => {
    const c = t.conversation({ channel: 'webchat' });
    let reply = await c.say('start');
    reply = await answer(c, lastQuestion(reply.replies) as Question, { choose: ['no'] }, false);
    for (const id of ['needs', 'noticed', 'childWords']) {
      const q = lastQuestion(reply.replies) as Question;
      if (q.nodeId !== id) continue; // read from what they saw or heard, and confirmed below
      reply = await answer(c, q, ANSWERS[id], false);
      // What they saw or heard is read like an opening account: its confirm card is accepted as it stands.
      const confirm = confirmAction(reply.replies);
      if (confirm) reply = await c.press(confirm.action, confirm.inputs);
    }
    const group = lastQuestion(reply.replies) as Question;
    expect(group.action.data.verb).toBe('triage.safety');
    reply = await c.press(group.action, { 'selfHarm.choice': 'none', 'suicidalThoughts.choice': 'none' });
    expect(lastQuestion(reply.replies)?.nodeId).toBe('harmDisclosure');
    expect(allText(reply.replies)).not.toMatch(/Please choose|choose one of/i);
  });

  it('in Teams the answered card keeps its question and the answer given', async () => {
    const c = t.conversation({ channel: 'msteams' });
    const started = await c.say('start');
    const pressed = await answer(c, lastQuestion(started.replies) as Question, { choose: ['no'] }, false);
    const card = JSON.stringify(pressed.body);
    expect(card).toContain('First: is the child in immediate danger right now?');
    expect(card).toContain('Your answer: No');
    expect(card).not.toContain('Thank you, got it');
  });

  it.each(['en-GB', 'cy'] as const)(
    'a CAMHS referral asked for about behaviour alone is explained: what CAMHS takes and what to do instead (%s)',
    async (locale) => {
      const c = t.conversation({ channel: 'msteams', locale });
      const { all } = await tellStory(c, CASES[1].account[locale], ANSWERS);
      const cards = JSON.stringify(all.flatMap(cardsOf));
      expect(cards).toContain(
        locale === 'cy'
          ? 'dydy ymddygiad ar ei ben ei hun ddim yn cael ei dderbyn'
          : 'Behaviour on its own is usually not taken',
      );
    },
  );

  // The words the member of staff sees, in Welsh, for the checks below.
  const SUMMARY_TITLE_CY = "Crynodeb o'ch pryder";
  const LOGGED_CY = "Mae eich pryder wedi'i gofnodi";
  const DIRECTORY_CY = 'Ble i gael help';
  const WORSE_CY = "Ydyn, maen nhw'n gwaethygu";
  const SEVERAL_NEEDS_WORSE_CY = "Mae sawl angen, ac mae pethau'n gwaethygu.";
  const INTERIM_CY = 'Pa gymorth sydd gan y plentyn wrth aros am wasanaeth?';
  const URGENT_RISK_CY = 'Mae eich atebion yn dangos risg sydd angen gweithiwr ar ddyletswydd heddiw.';
  it.each([
    ['msteams', 'en-GB'],
    ['msteams', 'cy'],
    ['webchat', 'en-GB'],
  ] as const)(
    'the summary is shown once, with its reference, and "tell your DSL" stands above the directory (%s, %s; issue 20, point 17)',
    async (channel, locale) => {
      const c = t.conversation({ channel, locale });
      const { all } = await tellStory(c, CASES[2].account[locale], ANSWERS);
      const summaryCard = (card: Record<string, unknown>) =>
        JSON.stringify(card).includes(locale === 'cy' ? SUMMARY_TITLE_CY : 'Summary of your concern');
      const summaries = all.flatMap(cardsOf).filter(summaryCard);
      expect(summaries).toHaveLength(1);
      expect(JSON.stringify(summaries[0])).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
      const at = (found: (activity: Exchange['replies'][number]) => boolean) => all.findIndex(found);
      const summaryAt = at((a) => cardsOf(a).some(summaryCard));
      const loggedAt = at((a) => allText([a]).includes(locale === 'cy' ? LOGGED_CY : 'Your concern is logged'));
      const directoryAt = at((a) =>
        cardsOf(a).some((card) => JSON.stringify(card).includes(locale === 'cy' ? DIRECTORY_CY : 'Where to find help')),
      );
      expect(summaryAt).toBeGreaterThanOrEqual(0);
      expect(loggedAt).toBeGreaterThan(summaryAt);
      expect(directoryAt).toBeGreaterThan(loggedAt);
    },
  );

  it.each(['en-GB', 'cy'] as const)(
    'an account typed at "what have you seen or heard" is read the same way: a typed CAMHS wait brings interim support, typed worsening raises the level and shows in the summary (%s; issue 17, items 1 and 4)',
    async (locale) => {
      const c = t.conversation({ channel: 'msteams', locale });
      let reply = await c.say('start');
      reply = await answer(c, lastQuestion(reply.replies) as Question, { choose: ['no'] }, false);
      reply = await answer(c, lastQuestion(reply.replies) as Question, ANSWERS.needs, false);
      const noticed = lastQuestion(reply.replies) as Question;
      expect(noticed.nodeId).toBe('noticed');
      reply = await answer(c, noticed, { type: CASES[0].account[locale] }, false);
      expect(confirmAction(reply.replies)).toBeDefined();
      const { asked, all } = await answerWhatIsAsked(c, reply, ANSWERS);
      expect(asked[0]).toBe('story.confirm');
      for (const read of ['childWords', 'childReference', 'age', 'deterioration', 'involved', 'camhsSince'])
        expect(asked).not.toContain(read);
      // The safety questions are still all asked.
      expect(asked).toContain('safety(selfHarm+suicidalThoughts+harmDisclosure+exploitation+missing)');
      const summary = JSON.stringify(all.flatMap(cardsOf).filter((card) => JSON.stringify(card).includes('EH-')));
      const words =
        locale === 'cy'
          ? { worse: WORSE_CY, level: SEVERAL_NEEDS_WORSE_CY, urgent: URGENT_RISK_CY, interim: INTERIM_CY }
          : {
              worse: 'Yes, it is getting worse',
              level: 'There are several needs and things are getting worse.',
              urgent: 'Your answers show a risk that needs a duty worker today.',
              interim: 'What support does the child have while they wait for a service?',
            };
      expect(summary).toContain(words.worse);
      // Worsening raises the level to several needs getting worse, and no further: wanting to stay in her room is
      // withdrawal, not a risk for today (session 22 mended the Welsh reading that made it urgent).
      expect(summary).toContain(words.level);
      expect(summary).not.toContain(words.urgent);
      expect(summary).toContain(words.interim);
    },
  );

  it('records "I think…" as the reporter\'s opinion, not as what they saw or heard (issue 17, item 1)', async () => {
    const c = t.conversation({ channel: 'webchat' });
    const { all } = await tellStory(c, CASES[1].account['en-GB'], ANSWERS);
    const summary = all.flatMap(cardsOf).find((card) => JSON.stringify(card).includes('Summary of your concern'));
    const facts = JSON.stringify(summary);
    expect(facts).toContain('Your own view (opinion)');
    const observed = /"title":"What you saw or heard","value":"([^"]*)"/.exec(facts);
    expect(observed?.[1]).toContain('throwing chairs');
    expect(observed?.[1]).not.toContain('I think');
  });
});

describe('story first in a deployed school: the organisation known from Teams or the access code (issue 17 goal)', () => {
  let t: TestBot;
  const TENANT = randomUUID();
  const measured: string[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ehn-story-roster-'));
    const roster = path.join(dir, 'roster.json');
    writeFileSync(
      roster,
      JSON.stringify({
        organisations: [
          {
            id: 'exampleshire-high',
            name: 'Exampleshire High',
            tenantIds: [TENANT],
            country: 'england',
            dutyWorkers: [{ aadObjectId: randomUUID(), name: 'DSL', role: 'Designated Safeguarding Lead' }],
            outOfHoursContact: 'Exampleshire Emergency Duty Team',
          },
        ],
      }),
    );
    t = await startTestBot({ env: { DUTY_ROSTER: roster } });
  });
  afterAll(async () => {
    await t.close();
    process.stdout.write(`\nstory-first questions, roster-listed organisation:\n${measured.join('\n')}\n`);
  });

  const runs = CASES.flatMap((story) =>
    (['msteams/en-GB', 'msteams/cy', 'webchat/en-GB'] as const).map((where) => [story.name, where, story] as const),
  );
  it.each(runs)('%s (%s): at most 12 questions, the safety questions all asked', async (_name, where, story) => {
    const [channel, locale] = where.split('/') as ['msteams' | 'webchat', 'en-GB' | 'cy'];
    const c =
      channel === 'msteams'
        ? t.conversation({ channel, locale, tenantId: TENANT })
        : t.conversation({
            channel,
            locale,
            user: { id: `dl_exampleshire-high_${randomUUID().replace(/-/g, '').slice(0, 16)}`, name: 'Youth worker' },
          });
    const { asked, all } = await tellStory(c, story.account[locale], story.answers);
    measured.push(`${story.name} | ${where} | ${asked.length} | ${asked.join(' ')}`);
    expect(asked).toContain('immediateDanger');
    expect(asked).toContain('safety(selfHarm+suicidalThoughts+harmDisclosure+exploitation+missing)');
    expect(allText(all)).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
    expect(asked.length).toBeLessThanOrEqual(12);
  });
});
