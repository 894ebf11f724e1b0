/**
 * The escalation loop end to end: a disclosure typed by a teacher reaches every on-duty worker as
 * a card, a claim updates every copy and tells the reporter, failures are retried, deadlines climb
 * the ladder, and nobody is left believing someone is coming when nobody is.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConnectorStandIn, type Received } from '../../support/connectorStandIn';
import { actionsOf, allText, cardsOf, textOf, type Conversation } from '../../support/conversationDriver';
import { adaptiveCardErrors } from '../../support/adaptiveCardSchema';
import { startTestBot, tempDataDir, type TestBot } from '../../support/testBot';

const DISCLOSURE = 'She told me her stepdad hits her with a belt when he has been drinking';

function dutyWorker(t: TestBot, name: string): Conversation {
  return t.conversation({ user: { id: `29:${randomUUID()}`, name, aadObjectId: randomUUID() } });
}

async function onDuty(c: Conversation): Promise<void> {
  const reply = await c.say('on duty');
  expect(allText(reply.replies)).toContain("You're on duty");
}

/** `off duty`: claims still open are released to the queue first, as the bot asks. */
async function offDuty(c: Conversation): Promise<void> {
  let reply = await c.say('off duty');
  for (let i = 0; i < 5 && !/You're off duty|You were not on duty/.test(allText(reply.replies)); i++) {
    const release = reply.replies
      .flatMap(cardsOf)
      .flatMap(actionsOf)
      .find((a) => a.data.verb === 'escalation.release');
    if (!release) throw new Error('off duty neither went off duty nor offered a handover');
    reply = await c.press(release);
  }
}

const isAlert = (r: Received) =>
  cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert:'));
const isAlertFor = (c: Conversation) => (r: Received) => r.conversationId === c.id && r.method === 'POST' && isAlert(r);

function claimAction(r: Received) {
  const action = cardsOf(r.activity)
    .flatMap(actionsOf)
    .find((a) => a.data.verb === 'escalation.claim');
  if (!action) throw new Error('no Claim button on the card');
  return action;
}

describe('escalation to duty workers', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ESCALATION_ACK_MINUTES: '30' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a disclosure to every on-duty worker as a valid card with the words, the reporter and a Claim button', async () => {
    const dsl = dutyWorker(t, 'Dee Ess-Ell');
    const deputy = dutyWorker(t, 'Dep Uty');
    await onDuty(dsl);
    await onDuty(deputy);
    const teacher = t.conversation();
    await teacher.say('hello');
    const told = await teacher.say(DISCLOSURE);
    expect(allText(told.replies)).toContain("I've sent this to your duty safeguarding worker now");

    const [toDsl, toDeputy] = await Promise.all([
      t.connector.waitFor(isAlertFor(dsl)),
      t.connector.waitFor(isAlertFor(deputy)),
    ]);
    for (const alert of [toDsl, toDeputy]) {
      const card = cardsOf(alert.activity)[0];
      expect(adaptiveCardErrors(card)).toEqual([]);
      const text = textOf(alert.activity);
      expect(text).toMatch(/Urgent/);
      expect(text).toContain('physical abuse');
      expect(text).toContain('Test Teacher');
      expect(text).toMatch(/EH-[0-9A-Z]{4}-[0-9A-Z]{2}/);
      expect(claimAction(alert).type).toBe('Action.Execute');
    }

    // The DSL claims: their card is replaced, the deputy's copy is updated, the teacher is told.
    const claimed = await dsl.press(claimAction(toDsl));
    expect(claimed.status).toBe(200);
    expect(JSON.stringify(claimed.body)).toContain('Claimed by Dee Ess-Ell');
    const update = await t.connector.waitFor(
      (r) => r.conversationId === deputy.id && r.method === 'PUT' && r.id === toDeputy.id,
    );
    expect(textOf(update.activity)).toContain('Claimed by Dee Ess-Ell');
    const notice = await t.connector.waitFor(
      (r) => r.conversationId === teacher.id && textOf(r.activity).includes('has picked up your alert'),
    );
    expect(textOf(notice.activity)).toContain('Dee Ess-Ell');

    // A second claim is told, politely, that it is already owned.
    const second = await deputy.press(claimAction(toDeputy));
    expect(allText(second.replies)).toContain('Already claimed by Dee Ess-Ell');

    // Going off duty with the claim open: the DSL must hand it over (or release it) first.
    const leaving = await dsl.say('off duty');
    expect(allText(leaving.replies)).toContain('Before you go off duty');
    const handTo = leaving.replies
      .flatMap(cardsOf)
      .flatMap(actionsOf)
      .find((a) => a.data.verb === 'escalation.handover' && a.title === 'Hand to Dep Uty');
    if (!handTo) throw new Error('no Hand to button for the deputy');
    const handed = await dsl.press(handTo);
    expect(allText(handed.replies)).toContain('is now with Dep Uty');
    expect(allText(handed.replies)).toContain("You're off duty");
    const moved = await t.connector.waitFor(
      (r) =>
        r.conversationId === deputy.id &&
        r.method === 'PUT' &&
        r.id === toDeputy.id &&
        textOf(r.activity).includes('Claimed by Dep Uty'),
    );
    expect(moved).toBeDefined();
    await t.connector.waitFor(
      (r) => r.conversationId === teacher.id && textOf(r.activity).includes('Dep Uty has taken over your alert'),
    );
    expect(allText((await dsl.say('who is on duty')).replies)).not.toContain('Dee Ess-Ell');
    await offDuty(deputy);
  });

  it('lets only one of two duty workers who press Claim at once own the escalation', async () => {
    const a = dutyWorker(t, 'Worker A');
    const b = dutyWorker(t, 'Worker B');
    await onDuty(a);
    await onDuty(b);
    const teacher = t.conversation();
    await teacher.say(DISCLOSURE);
    const [cardA, cardB] = await Promise.all([t.connector.waitFor(isAlertFor(a)), t.connector.waitFor(isAlertFor(b))]);
    const [ra, rb] = await Promise.all([a.press(claimAction(cardA)), b.press(claimAction(cardB))]);
    const winners = [ra, rb].filter((r) => !allText(r.replies).includes('Already claimed'));
    expect(winners).toHaveLength(1);
    const notices = t.connector.received.filter(
      (r) => r.conversationId === teacher.id && textOf(r.activity).includes('has picked up your alert'),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(
      t.connector.received.filter(
        (r) => r.conversationId === teacher.id && textOf(r.activity).includes('has picked up your alert'),
      ).length,
    ).toBeLessThanOrEqual(1 + notices.length);
    await offDuty(a);
    await offDuty(b);
  });

  it('retries a card the connector refuses with 429 and 500, honouring Retry-After, until it arrives once', async () => {
    const dsl = dutyWorker(t, 'Retry Dsl');
    await onDuty(dsl);
    t.connector.failNext(1, { status: 429, retryAfterSeconds: 1, conversationId: dsl.id });
    t.connector.failNext(1, { status: 500, conversationId: dsl.id });
    const teacher = t.conversation();
    const started = Date.now();
    await teacher.say('he has been going country, running a line for older boys');
    const alert = await t.connector.waitFor(isAlertFor(dsl), 15000);
    expect(alert.at - started).toBeGreaterThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 500));
    expect(t.connector.received.filter(isAlertFor(dsl))).toHaveLength(1);
    await offDuty(dsl);
  });

  it('tells the reporter at once when nobody is on duty, with the out-of-hours contact and 999 for immediate danger', async () => {
    const teacher = t.conversation();
    const reply = await teacher.say('He is on the roof threatening to jump right now');
    const text = allText(reply.replies);
    expect(text).toContain('Call 999 now');
    expect(text).toContain('Nobody is on duty');
    expect(text).toContain('Emergency Duty Team');
  });

  it('marks a duty worker the channel refuses with 403 as unreachable and tells the reporter nobody could be reached', async () => {
    const gone = dutyWorker(t, 'Removed Dsl');
    await onDuty(gone);
    t.connector.failNext(8, { status: 403, conversationId: gone.id });
    const teacher = t.conversation();
    await teacher.say('he told me his uncle touches him and he is scared');
    const told = await t.connector.waitFor(
      (r) =>
        r.conversationId === teacher.id && textOf(r.activity).includes('I could not reach anyone about your alert'),
      15000,
    );
    expect(textOf(told.activity)).toContain('999');
    const who = await dutyWorker(t, 'Someone Else').say('who is on duty');
    expect(allText(who.replies)).not.toContain('Removed Dsl');
    t.connector.clearFailures();
  });

  it('gives a web chat reporter the same loop, with updates as new messages, and hears "you misread that"', async () => {
    const dsl = dutyWorker(t, 'Web Dsl');
    await onDuty(dsl);
    const youthWorker = t.conversation({ channel: 'webchat' });
    await youthWorker.say('hello');
    const raised = await youthWorker.say('one of my young people said he wants to kill himself tonight');
    expect(allText(raised.replies)).toContain("I've sent this to your duty safeguarding worker now");
    const alert = await t.connector.waitFor(isAlertFor(dsl));
    expect(textOf(alert.activity)).toContain('Web chat');
    const misread = await youthWorker.say('you misread that');
    expect(allText(misread.replies)).toContain('recorded that you say I misread');
    expect(allText(misread.replies)).toContain('keeps the alert');
    const corrected = await t.connector.waitFor(
      (r) => r.conversationId === dsl.id && r.method === 'PUT' && textOf(r.activity).includes('misread'),
    );
    expect(corrected).toBeDefined();
    await dsl.press(claimAction(alert));
    const notice = await t.connector.waitFor(
      (r) => r.conversationId === youthWorker.id && textOf(r.activity).includes('has picked up your alert'),
    );
    expect(notice.method).toBe('POST');
    await offDuty(dsl);
  });

  it('answers "yes" to immediate danger with 999 guidance at once, an immediate alert and the rest of the questions on hold', async () => {
    const dsl = dutyWorker(t, 'Danger Dsl');
    await onDuty(dsl);
    const teacher = t.conversation();
    await teacher.say('hello');
    await teacher.say('start');
    const reply = await teacher.say('yes');
    expect(reply.status).toBe(200);
    const text = allText(reply.replies);
    expect(text).toContain('Call 999 now');
    expect(text).toContain("I've sent this to your duty safeguarding worker now");
    expect(text).not.toMatch(/something went wrong/i);
    const alert = await t.connector.waitFor(isAlertFor(dsl));
    expect(textOf(alert.activity)).toContain('Immediate danger');
    await offDuty(dsl);
  });

  it('refuses a forged claim without touching the store', async () => {
    const worker = dutyWorker(t, 'Forger');
    const forged = await worker.execute('escalation.claim', { escalationId: 'a/b', organisationId: 'default' });
    expect(forged.status).toBe(200);
    expect(JSON.stringify(forged.body)).toContain('Only duty workers');
  });

  it('assesses a disclosure typed mid-triage, alerts the duty worker, and carries on with the questions', async () => {
    const dsl = dutyWorker(t, 'Mid Dsl');
    await onDuty(dsl);
    const teacher = t.conversation();
    await teacher.say('hello');
    await teacher.say('start');
    const reply = await teacher.say("she said her mum's boyfriend hits her");
    const text = allText(reply.replies);
    expect(text).toContain("I've sent this to your duty safeguarding worker now");
    expect(text).toMatch(/Question 1 of \d+/);
    expect(text).not.toMatch(/didn.t recognise/);
    await t.connector.waitFor(isAlertFor(dsl));
    await offDuty(dsl);
  });

  it('shows a duty worker the queue, opens a referral and closes it with an outcome; others are refused', async () => {
    const dsl = dutyWorker(t, 'Queue Dsl');
    await onDuty(dsl);
    const teacher = t.conversation();
    await teacher.say('a year 9 pupil disclosed that her mum locks her in her room without food');
    await t.connector.waitFor(isAlertFor(dsl));
    const queue = await dsl.say('queue');
    const queueReply = queue.replies.find((r) => textOf(r).includes('Open referrals and alerts'));
    if (!queueReply) throw new Error('no queue card');
    const card = cardsOf(queueReply)[0];
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(textOf(queueReply)).toMatch(/Open referrals and alerts \(\d+\)/);
    const open = actionsOf(card).find((a) => a.data.verb === 'referral.open');
    if (!open) throw new Error('no Open button');
    const detail = await dsl.press(open);
    const detailCard = detail.replies.flatMap(cardsOf)[0];
    expect(adaptiveCardErrors(detailCard)).toEqual([]);
    const record = actionsOf(detailCard).find((a) => a.data.verb === 'referral.outcome');
    if (!record) throw new Error('no outcome button');
    const closed = await dsl.press(record, { outcome: 'early-help-offered' });
    expect(allText(closed.replies)).toContain('is closed: early help offered');

    const stranger = t.conversation({ channel: 'webchat' });
    expect(allText((await stranger.say('queue')).replies)).toContain('Microsoft Teams personal chat');
    const notDuty = t.conversation();
    expect(allText((await notDuty.say('queue')).replies)).toContain('Only duty workers');
    await offDuty(dsl);
  });
});

describe('escalation deadlines, the ladder, restarts and two instances', () => {
  it('re-sends an unclaimed escalation after the deadline and tells the reporter who else was alerted', async () => {
    const connector = await new ConnectorStandIn().start();
    const rosterFile = path.join(tempDataDir(), 'roster.json');
    const dslAad = randomUUID();
    const headAad = randomUUID();
    writeFileSync(
      rosterFile,
      JSON.stringify({
        organisations: [
          {
            id: 'test-school',
            name: 'Test School',
            tenantIds: ['tenant-test'],
            dutyWorkers: [{ aadObjectId: dslAad, name: 'Dsl Person', role: 'DSL' }],
            ladder: [
              { aadObjectId: headAad, name: 'Head Teacher', role: 'Headteacher' },
              { name: 'LA front door', role: 'Local authority duty team', phone: '01632 960 123' },
            ],
            workingHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '23:59' },
            outOfHoursContact: 'Test EDT 01632 960 999',
          },
        ],
      }),
    );
    // 0.05 minutes = 3 s for urgent.
    const t = await startTestBot({ connector, env: { DUTY_ROSTER: rosterFile, ESCALATION_ACK_MINUTES: '0.05' } });
    try {
      const dsl = t.conversation({ user: { id: `29:${randomUUID()}`, name: 'Dsl Person', aadObjectId: dslAad } });
      await onDuty(dsl);
      const intruder = t.conversation();
      expect(allText((await intruder.say('on duty')).replies)).toContain('Only people on your organisation');

      const teacher = t.conversation();
      await teacher.say('she has fresh cuts on her arms and said she went too deep');
      const first = await connector.waitFor(isAlertFor(dsl));
      expect(first).toBeDefined();
      // Nobody claims: after the deadline the DSL gets it again and the headteacher's 1:1 chat is created.
      const again = await connector.waitFor((r) => isAlertFor(dsl)(r) && r.id !== first.id, 10000);
      expect(textOf(again.activity)).toContain('re-sent');
      await connector.waitFor((r) => r.conversationId.startsWith('a:created-') && isAlert(r), 10000);
      expect(connector.created[0].params.members).toEqual([{ id: headAad, name: '' }]);
      const told = await connector.waitFor(
        (r) => r.conversationId === teacher.id && textOf(r.activity).includes('Nobody has picked up your alert'),
        10000,
      );
      expect(textOf(told.activity)).toContain('Head Teacher');
    } finally {
      await t.close();
      await connector.stop();
    }
  });

  it('delivers an escalation created before a restart, after the restart', async () => {
    const connector = await new ConnectorStandIn().start();
    const dataDir = tempDataDir();
    const first = await startTestBot({ dataDir, connector, env: { ESCALATION_ACK_MINUTES: '30' } });
    const dsl = first.conversation({
      user: { id: `29:${randomUUID()}`, name: 'Restart Dsl', aadObjectId: randomUUID() },
    });
    await onDuty(dsl);
    // The connector refuses everything for the duty worker, so the card is still in the outbox at the stop.
    connector.failNext(500, { status: 503, conversationId: dsl.id });
    const teacher = first.conversation();
    await teacher.say('he said he has been thinking about killing himself');
    await new Promise((r) => setTimeout(r, 500));
    await first.close();
    await new Promise((r) => setTimeout(r, 1000));
    expect(connector.received.filter(isAlertFor(dsl))).toHaveLength(0);

    connector.clearFailures();
    const second = await startTestBot({ dataDir, connector, env: { ESCALATION_ACK_MINUTES: '30' } });
    try {
      const alert = await connector.waitFor(isAlertFor(dsl), 15000);
      expect(textOf(alert.activity)).toContain('thoughts of suicide');
    } finally {
      await second.close();
      await connector.stop();
    }
  });

  it('with two instances on one store, each duty worker gets each escalation once', async () => {
    const connector = await new ConnectorStandIn().start();
    const secret = 'two-instances-share-this-child-key-secret';
    const a = await startTestBot({ connector, env: { ESCALATION_ACK_MINUTES: '30', CHILD_KEY_SECRET: secret } });
    const endpoint = a.bot.store.embedded?.endpoint as string;
    const b = await startTestBot({
      connector,
      env: {
        ESCALATION_ACK_MINUTES: '30',
        CHILD_KEY_SECRET: secret,
        COSMOS_ENDPOINT: endpoint,
        COSMOS_KEY: a.bot.store.embedded?.key as string,
      },
    });
    try {
      const d1 = a.conversation({ user: { id: `29:${randomUUID()}`, name: 'One', aadObjectId: randomUUID() } });
      const d2 = b.conversation({ user: { id: `29:${randomUUID()}`, name: 'Two', aadObjectId: randomUUID() } });
      await onDuty(d1);
      await onDuty(d2);
      const teachers = [a.conversation(), b.conversation(), a.conversation(), b.conversation()];
      await Promise.all(
        teachers.map((c, i) => c.say(`Pupil ${i} told me she is being forced to have sex and she is only 12`)),
      );
      await new Promise((r) => setTimeout(r, 2500));
      expect(connector.received.filter(isAlertFor(d1))).toHaveLength(4);
      expect(connector.received.filter(isAlertFor(d2))).toHaveLength(4);
    } finally {
      await b.close();
      await a.close();
      await connector.stop();
    }
  });
});
