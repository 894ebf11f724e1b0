/**
 * The duty loop closed, through the real server, embedded Cosmos and the connector stand-in: an
 * outcome recorded on the alert card updates every duty worker's card in place (a PUT of the
 * activity id stored at delivery), tells the reporter in their language, and happens once.
 */
import { randomUUID } from 'node:crypto';
import { actionsOf, allText, cardsOf, textOf, type Conversation } from '../../support/conversationDriver';
import { adaptiveCardErrors } from '../../support/adaptiveCardSchema';
import type { Received } from '../../support/connectorStandIn';
import { startTestBot, type TestBot } from '../../support/testBot';

const DISCLOSURE = 'She told me her stepdad hits her with a belt when he has been drinking';
const PRIVATE_NOTE = 'ZQXNOTE spoke to the social worker at the other agency';
const REFERENCE = /EH-[0-9A-Z]{4}-[0-9A-Z]{2}/;

function dutyWorker(t: TestBot, name: string): Conversation {
  return t.conversation({ user: { id: `29:${randomUUID()}`, name, aadObjectId: randomUUID() } });
}

const isAlertFor = (c: Conversation) => (r: Received) =>
  r.conversationId === c.id &&
  r.method === 'POST' &&
  cardsOf(r.activity).some((card) => JSON.stringify(card).includes('Safeguarding alert:'));

function actionOf(card: unknown, verb: string) {
  const action = actionsOf(card).find((a) => a.data.verb === verb);
  if (!action) throw new Error(`no ${verb} action on the card`);
  return action;
}

async function closedAuditEntries(t: TestBot, reference: string): Promise<number> {
  const { resources } = await t.bot.store
    .container('audit')
    .items.query<{ action: string }>({
      query: 'SELECT c.action FROM c WHERE c.reference = @ref',
      parameters: [{ name: '@ref', value: reference }],
    })
    .fetchAll();
  return resources.filter((r) => r.action === 'closed').length;
}

describe('the duty loop closed', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ESCALATION_ACK_MINUTES: '30' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records an outcome once: every duty card updated in place, the reporter told in Welsh without the notes', async () => {
    const dsl = dutyWorker(t, 'Dee Ess-Ell');
    const deputy = dutyWorker(t, 'Dep Uty');
    await dsl.say('on duty');
    await deputy.say('on duty');
    const teacher = t.conversation({ locale: 'cy' });
    await teacher.say('helo');
    const raised = await teacher.say(DISCLOSURE);
    const reference = REFERENCE.exec(allText(raised.replies))?.[0];
    if (!reference) throw new Error('no reference given to the reporter');

    const [toDsl, toDeputy] = await Promise.all([
      t.connector.waitFor(isAlertFor(dsl)),
      t.connector.waitFor(isAlertFor(deputy)),
    ]);
    const claimed = await dsl.press(actionOf(cardsOf(toDsl.activity)[0], 'escalation.claim'));
    await t.connector.waitFor(
      (r) =>
        r.conversationId === deputy.id &&
        r.method === 'PUT' &&
        r.id === toDeputy.id &&
        textOf(r.activity).includes('Claimed by Dee Ess-Ell'),
    );

    // The claimed card (Action.Execute's answer) carries the outcome; the note goes with it.
    const record = actionOf(claimed.body, 'referral.outcome');
    const closed = await dsl.press(record, { outcome: 'early-help-offered', note: PRIVATE_NOTE });
    expect(allText(closed.replies)).toContain(`Referral ${reference} is closed: early help offered`);
    expect(allText(closed.replies)).toContain('has been told the outcome');
    expect(JSON.stringify(closed.body)).toContain('Closed by Dee Ess-Ell');

    // Every copy of the card, the closer's own included, is replaced in place: a PUT of the id stored at delivery.
    for (const [worker, sent] of [
      [deputy, toDeputy],
      [dsl, toDsl],
    ] as const) {
      const update = await t.connector.waitFor(
        (r) =>
          r.conversationId === worker.id &&
          r.method === 'PUT' &&
          r.id === sent.id &&
          textOf(r.activity).includes('Closed by Dee Ess-Ell'),
      );
      expect(textOf(update.activity)).toContain('early help offered');
      const card = cardsOf(update.activity)[0];
      expect(adaptiveCardErrors(card)).toEqual([]);
      expect(actionsOf(card).map((a) => a.data.verb)).toEqual(['escalation.refresh']);
    }

    // A holder whose update was lost sees it as it stands when Teams refreshes the card; nobody else is shown it.
    const refresh = (
      cardsOf(toDeputy.activity)[0] as {
        refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds: string[] };
      }
    ).refresh;
    expect(refresh?.userIds.sort()).toEqual([dsl.user.id, deputy.user.id].sort());
    const refreshed = await deputy.execute('escalation.refresh', refresh?.action.data ?? {});
    expect(JSON.stringify(refreshed.body)).toContain('Closed by Dee Ess-Ell');
    const outsider = await t.conversation().execute('escalation.refresh', refresh?.action.data ?? {});
    expect(JSON.stringify(outsider.body)).not.toContain('Closed by');
    expect(JSON.stringify(outsider.body)).toContain('Only duty workers');

    // The reporter, in the conversation where they raised it and in their language: who looked at it and the outcome,
    // no notes.
    const told = await t.connector.waitFor(
      (r) => r.conversationId === teacher.id && textOf(r.activity).includes('Y canlyniad'),
    );
    expect(told.activity.locale).toBe('cy');
    expect(textOf(told.activity)).toContain(reference);
    expect(textOf(told.activity)).toContain('Dee Ess-Ell');
    expect(textOf(told.activity)).toContain("mae cymorth cynnar wedi'i gynnig");
    expect(textOf(told.activity)).not.toContain('ZQXNOTE');

    // Pressed again (a stale card): a kind answer, and nothing changes.
    const putsBefore = t.connector.received.filter((r) => r.method === 'PUT').length;
    const again = await deputy.press(record, { outcome: 'advice-given' });
    expect(allText(again.replies)).toContain(`Referral ${reference} was already closed by Dee Ess-Ell`);
    expect(allText(again.replies)).toContain('Nothing has changed');
    const lateClaim = await deputy.press(actionOf(cardsOf(toDeputy.activity)[0], 'escalation.claim'));
    expect(allText(lateClaim.replies)).toContain('This alert is already closed (early help offered) by Dee Ess-Ell');
    expect(t.connector.received.filter((r) => r.method === 'PUT').length).toBe(putsBefore);
    expect(
      t.connector.received.filter((r) => r.conversationId === teacher.id && textOf(r.activity).includes('Y canlyniad')),
    ).toHaveLength(1);
    expect(await closedAuditEntries(t, reference)).toBe(1);

    // `my reports`: the teacher sees their own report with its outcome; someone else sees none of it.
    const mine = await teacher.say('fy adroddiadau');
    expect(allText(mine.replies)).toContain(reference);
    expect(allText(mine.replies)).toContain('edrychodd Dee Ess-Ell arno');
    const someoneElse = await t.conversation().say('my reports');
    expect(allText(someoneElse.replies)).not.toContain(reference);
    expect(allText(someoneElse.replies)).toContain('You have not made any reports yet');

    await dsl.say('off duty');
    await deputy.say('off duty');
  });

  it('will not close with no further action until a reason is chosen', async () => {
    const dsl = dutyWorker(t, 'Nfa Dsl');
    await dsl.say('on duty');
    const teacher = t.conversation();
    await teacher.say(DISCLOSURE);
    const alert = await t.connector.waitFor(isAlertFor(dsl));
    const claimed = await dsl.press(actionOf(cardsOf(alert.activity)[0], 'escalation.claim'));
    const record = actionOf(claimed.body, 'referral.outcome');
    const refused = await dsl.press(record, { outcome: 'no-further-action' });
    expect(allText(refused.replies)).toContain('No further action needs a reason');
    expect(JSON.stringify(refused.body)).not.toContain('Closed by');
    const closed = await dsl.press(record, { outcome: 'no-further-action', reason: 'below-threshold' });
    expect(allText(closed.replies)).toContain('is closed: no further action');
    await dsl.say('off duty');
  });
});
