/**
 * The alert's whole life on in-memory fakes of every port and a fake clock: raised, delivered,
 * claimed, handed over, outcome, closed, reporter told; the deadline ladder; and closing once
 * against a second close, a racing claim and another instance.
 */
import { ackWindowMs } from '../../../src/escalation/escalationService';
import type { Reply } from '../../../src/conversation/model';
import { dutyLoop, ORG, person } from '../../fakes/dutyLoop';
import { submitted } from '../../fakes/cardSubmit';

const MINUTE = 60_000;

function keysOf(replies: Reply[]): string[] {
  return replies.flatMap((r) => (r.kind === 'lines' ? r.lines.map((l) => l.key) : [r.kind]));
}

describe('the duty loop, on in-memory fakes', () => {
  it('raised, delivered, claimed, handed over, outcome, closed, reporter told', async () => {
    const loop = dutyLoop();
    const dsl = person('Dee Ess-Ell');
    const deputy = person('Dep Uty');
    const teacher = person('Teacher T');
    await loop.onDuty(dsl);
    await loop.onDuty(deputy);

    // Raised and delivered: one card each, its activity id kept on the delivery.
    const { reference, escalationId } = await loop.raise(teacher, { locale: 'cy' });
    expect(loop.notifier.cards.map((c) => c.conversationId).sort()).toEqual(
      [dsl.conversationId, deputy.conversationId].sort(),
    );
    const stored = await loop.store.get(ORG, escalationId);
    for (const card of loop.notifier.cards)
      expect(stored?.deliveries.find((d) => d.address?.conversationId === card.conversationId)).toMatchObject({
        state: 'sent',
        activityId: card.activityId,
      });

    // Claimed: every card shows the owner; the reporter is told who has it.
    expect((await loop.claim(dsl, escalationId)).status).toBe('claimed');
    expect(loop.notifier.latestCardIn(deputy.conversationId)).toMatchObject({
      status: 'claimed',
      claimedBy: { id: dsl.id },
    });
    expect(loop.notifier.noticesTo(teacher.conversationId)).toEqual([
      expect.objectContaining({ kind: 'claimed', reference, claimedBy: 'Dee Ess-Ell' }),
    ]);

    // Off duty with the claim open: asked to hand it over first, and still on duty.
    const leaving = await loop.desk.offDuty(loop.turn(dsl));
    expect(leaving.offDuty).toBe(false);
    expect(leaving.replies).toContainEqual({
      kind: 'handover',
      items: [{ escalationId, organisationId: ORG, reference, level: 'urgent' }],
      colleagues: [{ userId: deputy.id, name: 'Dep Uty' }],
    });
    expect(await loop.duty.isOnDuty(ORG, dsl.id)).toBe(true);

    // Handed over: the deputy owns the alert and the referral; cards and reporter say so; the DSL goes home.
    const handed = await loop.desk.passOn(
      loop.turn(dsl),
      submitted('escalation.handover', { escalationId, organisationId: ORG, toUserId: deputy.id, thenOffDuty: true }),
    );
    expect(keysOf(handed.replies)).toEqual(['duty:handover.handedOver', 'duty:offDuty']);
    expect(handed.offDuty).toBe(true);
    expect(await loop.duty.isOnDuty(ORG, dsl.id)).toBe(false);
    expect((await loop.store.get(ORG, escalationId))?.claimedBy).toMatchObject({ id: deputy.id, name: 'Dep Uty' });
    expect(loop.repository.all(ORG).find((r) => r.reference === reference)?.owner).toEqual({
      id: deputy.id,
      name: 'Dep Uty',
    });
    expect(loop.notifier.latestCardIn(dsl.conversationId)?.claimedBy?.id).toBe(deputy.id);
    expect(loop.notifier.noticesTo(teacher.conversationId).at(-1)).toEqual({
      kind: 'handedOver',
      reference,
      to: 'Dep Uty',
    });
    expect(await loop.escalations.claimedBy(ORG, dsl.id)).toEqual([]);

    // Outcome: referral and escalation closed together; every card updated in place at the id stored at delivery.
    const updatesBefore = loop.notifier.updates.length;
    const outcome = await loop.desk.recordOutcome(
      loop.turn(deputy),
      submitted('referral.outcome', {
        referralId: reference,
        outcome: 'referred-childrens-social-care',
        note: 'ZQXNOTE rang the other agency',
      }),
      'en-GB',
    );
    expect(keysOf(outcome)).toEqual(['duty:closed', 'duty:reporterTold']);
    expect(loop.repository.all(ORG).find((r) => r.reference === reference)).toMatchObject({
      status: 'closed',
      outcome: 'referred-childrens-social-care',
    });
    const closed = await loop.store.get(ORG, escalationId);
    expect(closed).toMatchObject({
      status: 'closed',
      closed: {
        by: { id: deputy.id, name: 'Dep Uty' },
        outcome: 'referred-childrens-social-care',
        at: loop.clock.date().toISOString(),
      },
    });
    const updates = loop.notifier.updates.slice(updatesBefore);
    expect(updates.map((u) => u.activityId).sort()).toEqual(loop.notifier.cards.map((c) => c.activityId).sort());
    for (const u of updates) expect(u.escalation.status).toBe('closed');

    // Reporter told, in their language, who looked at it and the outcome: never the note.
    const told = loop.notifier.notices.filter(
      (n) => n.conversationId === teacher.conversationId && n.notice.kind === 'outcome',
    );
    expect(told).toEqual([
      {
        conversationId: teacher.conversationId,
        locale: 'cy',
        notice: {
          kind: 'outcome',
          reference,
          outcome: 'referred-childrens-social-care',
          closedBy: 'Dep Uty',
          at: loop.clock.date().toISOString(),
        },
      },
    ]);
    expect(JSON.stringify(loop.notifier.notices)).not.toContain('ZQXNOTE');
    expect(await loop.closedAuditEntries(reference)).toHaveLength(1);
  });

  it('sends the alert to a colleague who came on duty after it was raised when it is handed to them', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const lateComer = person('Late Comer');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    const { escalationId } = await loop.raise(teacher);
    await loop.claim(dsl, escalationId);
    await loop.onDuty(lateComer);
    expect(loop.notifier.cards.filter((c) => c.conversationId === lateComer.conversationId)).toEqual([]);
    await loop.desk.passOn(
      loop.turn(dsl),
      submitted('escalation.handover', { escalationId, organisationId: ORG, toUserId: lateComer.id }),
    );
    await loop.escalations.idle();
    const copies = loop.notifier.cards.filter((c) => c.conversationId === lateComer.conversationId);
    expect(copies).toHaveLength(1);
    expect(copies[0].escalation).toMatchObject({ status: 'claimed', claimedBy: { id: lateComer.id } });
    // Without thenOffDuty (pressed outside `off duty`), the DSL stays on duty.
    expect(await loop.duty.isOnDuty(ORG, dsl.id)).toBe(true);
    // Only the owner can pass it on: the DSL no longer can.
    const again = await loop.desk.passOn(
      loop.turn(dsl),
      submitted('escalation.release', { escalationId, organisationId: ORG }),
    );
    expect(keysOf(again.replies)).toEqual(['duty:handover.notYours']);
    expect((await loop.store.get(ORG, escalationId))?.claimedBy?.id).toBe(lateComer.id);
  });

  it('closes once against a second close: one closed state, one audit entry, one notice, no card touched again', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    const { reference, escalationId } = await loop.raise(teacher);
    await loop.claim(dsl, escalationId);
    await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', { referralId: reference, outcome: 'advice-given' }),
      'en-GB',
    );
    const updates = loop.notifier.updates.length;
    const again = await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', { referralId: reference, outcome: 'referred-police' }),
      'en-GB',
    );
    expect(keysOf(again)).toEqual(['duty:alreadyClosed']);
    expect(again[0]).toMatchObject({
      kind: 'lines',
      lines: [{ params: { reference, name: 'Dsl' }, keyParams: { outcome: 'duty:outcomes.advice-given' } }],
    });
    expect(loop.repository.all(ORG)[0]).toMatchObject({ status: 'closed', outcome: 'advice-given' });
    expect((await loop.store.get(ORG, escalationId))?.closed?.outcome).toBe('advice-given');
    expect(await loop.closedAuditEntries(reference)).toHaveLength(1);
    expect(loop.notifier.updates).toHaveLength(updates);
    expect(loop.notifier.notices.filter((n) => n.notice.kind === 'outcome')).toHaveLength(1);
    // An action on the closed card answers and changes nothing.
    expect((await loop.escalations.claim(ORG, escalationId, { id: 'someone-else' })).status).toBe('alreadyClaimed');
    expect(
      (
        await loop.escalations.handOver(
          ORG,
          escalationId,
          { id: dsl.id },
          { userId: 'x', address: loop.turn(dsl).address },
        )
      ).status,
    ).toBe('notYours');
    expect((await loop.store.get(ORG, escalationId))?.status).toBe('closed');
  });

  it('closes once when the close races a claim', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const deputy = person('Deputy');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    await loop.onDuty(deputy);
    const { reference, escalationId } = await loop.raise(teacher);
    const [closing, claiming] = await Promise.all([
      loop.desk.recordOutcome(
        loop.turn(dsl),
        submitted('referral.outcome', { referralId: reference, outcome: 'early-help-offered' }),
        'en-GB',
      ),
      loop.escalations.claim(ORG, escalationId, { id: deputy.id, name: 'Deputy' }),
    ]);
    await loop.escalations.idle();
    expect(keysOf(closing)[0]).toBe('duty:closed');
    expect(['claimed', 'alreadyClaimed']).toContain(claiming.status);
    expect(loop.store.conflicts).toBeGreaterThan(0);
    const final = await loop.store.get(ORG, escalationId);
    expect(final).toMatchObject({ status: 'closed', closed: { outcome: 'early-help-offered', by: { id: dsl.id } } });
    expect(await loop.closedAuditEntries(reference)).toHaveLength(1);
    // Whatever the order, every card ends showing it closed.
    for (const card of loop.notifier.cards)
      expect(loop.notifier.latestCardIn(card.conversationId)?.status).toBe('closed');
  });

  it('never leaves a card showing an older state when a slow claim update lands after the close', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    const { reference, escalationId } = await loop.raise(teacher);
    const release = loop.notifier.holdNextUpdate();
    await loop.escalations.claim(ORG, escalationId, { id: dsl.id, name: 'Dsl' });
    await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', { referralId: reference, outcome: 'advice-given' }),
      'en-GB',
    );
    release();
    await loop.escalations.idle();
    expect(loop.notifier.updates.map((u) => u.escalation.status)).toEqual(['closed', 'claimed', 'closed']);
    expect(loop.notifier.latestCardIn(dsl.conversationId)?.status).toBe('closed');
  });

  it('closes once when two instances close at the same moment', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const deputy = person('Deputy');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    await loop.onDuty(deputy);
    const { reference, escalationId } = await loop.raise(teacher);
    const other = loop.instance();
    const [a, b] = await Promise.all([
      loop.desk.recordOutcome(
        loop.turn(dsl),
        submitted('referral.outcome', { referralId: reference, outcome: 'advice-given' }),
        'en-GB',
      ),
      other.desk.recordOutcome(
        loop.turn(deputy),
        submitted('referral.outcome', { referralId: reference, outcome: 'referred-police' }),
        'en-GB',
      ),
    ]);
    expect([keysOf(a)[0], keysOf(b)[0]].sort()).toEqual(['duty:alreadyClosed', 'duty:closed']);
    expect(loop.repository.conflicts).toBeGreaterThan(0);
    const winner = keysOf(a)[0] === 'duty:closed' ? 'advice-given' : 'referred-police';
    expect(loop.repository.all(ORG)[0]).toMatchObject({ status: 'closed', outcome: winner });
    expect((await loop.store.get(ORG, escalationId))?.closed?.outcome).toBe(winner);
    expect(await loop.closedAuditEntries(reference)).toHaveLength(1);
    expect(loop.notifier.notices.filter((n) => n.notice.kind === 'outcome')).toHaveLength(1);
  });

  it('needs a reason for no further action, keeps it in the audit trail as a code, and a note for "another reason"', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    const { reference, escalationId } = await loop.raise(teacher);
    await loop.claim(dsl, escalationId);
    expect(
      keysOf(
        await loop.desk.recordOutcome(
          loop.turn(dsl),
          submitted('referral.outcome', { referralId: reference, outcome: 'no-further-action' }),
          'en-GB',
        ),
      ),
    ).toEqual(['duty:reasonRequired']);
    expect(
      keysOf(
        await loop.desk.recordOutcome(
          loop.turn(dsl),
          submitted('referral.outcome', {
            referralId: reference,
            outcome: 'no-further-action',
            reason: 'other',
            note: ' ',
          }),
          'en-GB',
        ),
      ),
    ).toEqual(['duty:reasonOtherNote']);
    expect(
      keysOf(
        await loop.desk.recordOutcome(
          loop.turn(dsl),
          submitted('referral.outcome', { referralId: reference }),
          'en-GB',
        ),
      ),
    ).toEqual(['duty:chooseOutcome']);
    expect(loop.repository.all(ORG)[0].status).toBe('claimed');
    expect((await loop.store.get(ORG, escalationId))?.status).toBe('claimed');
    await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', {
        referralId: reference,
        outcome: 'no-further-action',
        reason: 'other',
        note: 'Parent already working with the school nurse',
      }),
      'en-GB',
    );
    const [entry] = await loop.closedAuditEntries(reference);
    expect(entry.reason).toBe('other');
    expect(JSON.stringify(loop.audit.entries)).not.toContain('school nurse');
    expect(loop.repository.all(ORG)[0]).toMatchObject({
      outcomeReason: 'other',
      notes: [expect.objectContaining({ text: 'Parent already working with the school nurse' })],
    });
  });

  it('releases a claim to the queue: unclaimed again with a fresh deadline, then the ladder re-sends it', async () => {
    const loop = dutyLoop({ ackMinutes: 10 });
    const dsl = person('Dsl');
    const deputy = person('Deputy');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    await loop.onDuty(deputy);
    const { reference, escalationId } = await loop.raise(teacher);
    await loop.claim(dsl, escalationId);
    loop.clock.advance(30 * MINUTE);
    const released = await loop.desk.passOn(
      loop.turn(dsl),
      submitted('escalation.release', { escalationId, organisationId: ORG, thenOffDuty: true }),
    );
    expect(keysOf(released.replies)).toEqual(['duty:handover.released', 'duty:offDuty']);
    const open = await loop.store.get(ORG, escalationId);
    expect(open?.status).toBe('open');
    expect(open?.claimedBy).toBeUndefined();
    expect(open?.dueAt).toBe(loop.clock.now() + 10 * MINUTE);
    expect(loop.repository.all(ORG).find((r) => r.reference === reference)).toMatchObject({ status: 'draft' });
    expect(loop.repository.all(ORG)[0].owner).toBeUndefined();
    expect(loop.notifier.latestCardIn(deputy.conversationId)?.status).toBe('open');

    // Not yet due: nothing happens. Past the deadline: re-sent to whoever is on duty, and the reporter told.
    await loop.escalations.sweep();
    const cards = loop.notifier.cards.length;
    loop.clock.advance(10 * MINUTE);
    await loop.escalations.sweep();
    await loop.escalations.idle();
    expect(loop.notifier.cards.slice(cards).map((c) => c.conversationId)).toEqual([deputy.conversationId]);
    expect(loop.notifier.noticesTo(teacher.conversationId).at(-1)).toMatchObject({
      kind: 'stillUnclaimed',
      reference,
      alerted: ['Deputy'],
    });
  });

  it('climbs the deadline ladder: re-send, the next rung in Teams, then the rung only a phone reaches', async () => {
    const headAad = '11111111-2222-4333-8444-555555555555';
    const loop = dutyLoop({
      ackMinutes: 10,
      roster: {
        organisations: [
          {
            id: ORG,
            name: 'Test School',
            tenantIds: ['tenant-test'],
            dutyWorkers: [{ upn: 'dsl@school.example', name: 'Dsl', role: 'DSL' }],
            ladder: [
              { aadObjectId: headAad, name: 'Head Teacher', role: 'Headteacher' },
              { name: 'LA front door', role: 'Local authority duty team', phone: '01632 960 123' },
            ],
            workingHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '23:59' },
            outOfHoursContact: 'Test EDT 01632 960 999',
          },
        ],
      },
    });
    const dsl = person('Dsl');
    const teacher = person('Teacher');
    await loop.onDuty(dsl);
    const { reference, escalationId } = await loop.raise(teacher);
    expect(loop.notifier.cards).toHaveLength(1);

    loop.clock.advance(10 * MINUTE - 1);
    await loop.escalations.sweep();
    expect(loop.notifier.cards).toHaveLength(1);

    loop.clock.advance(1);
    await loop.escalations.sweep();
    await loop.escalations.idle();
    expect(loop.notifier.opened).toEqual([expect.objectContaining({ aadObjectId: headAad })]);
    expect(loop.notifier.cards.map((c) => c.conversationId)).toEqual([
      dsl.conversationId,
      dsl.conversationId,
      loop.notifier.opened[0].conversationId,
    ]);
    expect(loop.notifier.noticesTo(teacher.conversationId).at(-1)).toMatchObject({
      kind: 'stillUnclaimed',
      reference,
      alerted: ['Dsl', 'Head Teacher'],
      phoneOnly: [],
    });

    loop.clock.advance(10 * MINUTE);
    await loop.escalations.sweep();
    await loop.escalations.idle();
    expect(loop.notifier.noticesTo(teacher.conversationId).at(-1)).toMatchObject({
      kind: 'stillUnclaimed',
      phoneOnly: [{ name: 'LA front door', phone: '01632 960 123' }],
      outOfHoursContact: 'Test EDT 01632 960 999',
    });
    expect((await loop.store.get(ORG, escalationId))?.rounds).toBe(2);

    // Once claimed, the ladder stops.
    await loop.claim(dsl, escalationId);
    const notices = loop.notifier.notices.length;
    loop.clock.advance(60 * MINUTE);
    await loop.escalations.sweep();
    expect(loop.notifier.notices).toHaveLength(notices);
  });

  it('gives immediate danger a fifth of the urgent window and a cumulative concern six times it', () => {
    expect(ackWindowMs('urgent', 10)).toBe(10 * MINUTE);
    expect(ackWindowMs('immediate', 10)).toBe(2 * MINUTE);
    expect(ackWindowMs('concern', 10)).toBe(60 * MINUTE);
  });

  it('keeps an outcome for a reporter whose chat has ended and tells them at the start of their next conversation, once', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const youthWorker = person('Youth Worker');
    await loop.onDuty(dsl);
    const { reference, escalationId } = await loop.raise(youthWorker, { channel: 'webchat' });
    await loop.claim(dsl, escalationId);
    loop.notifier.goneFor(youthWorker.conversationId);
    const closed = await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', { referralId: reference, outcome: 'early-help-offered' }),
      'en-GB',
    );
    expect(keysOf(closed)).toEqual(['duty:closed', 'duty:reporterWaiting']);
    expect(loop.repository.all(ORG)[0].reporterTold?.state).toBe('waiting');

    const next = loop.turn(youthWorker, 'webchat', 'a-new-conversation');
    const waiting = await loop.desk.waitingOutcomes(next);
    expect(waiting).toEqual([
      {
        kind: 'lines',
        lines: [
          {
            key: 'escalation:notice.outcome',
            params: { reference, name: 'Dsl' },
            keyParams: { outcome: 'duty:outcomesPlain.early-help-offered' },
          },
        ],
      },
    ]);
    expect(await loop.desk.waitingOutcomes(next)).toEqual([]);
    expect(loop.repository.all(ORG)[0].reporterTold?.state).toBe('told');
  });

  it('also keeps an outcome sent into a web chat that still accepts messages, since its tab may have closed: told again next time, once', async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const youthWorker = person('Youth Worker');
    await loop.onDuty(dsl);
    const { reference, escalationId } = await loop.raise(youthWorker, { channel: 'webchat', locale: 'cy' });
    await loop.claim(dsl, escalationId);
    const closed = await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', { referralId: reference, outcome: 'advice-given' }),
      'en-GB',
    );
    expect(keysOf(closed)).toEqual(['duty:closed', 'duty:reporterTold']);
    expect(loop.notifier.noticesTo(youthWorker.conversationId).filter((n) => n.kind === 'outcome')).toEqual([
      expect.objectContaining({ kind: 'outcome', reference, outcome: 'advice-given' }),
    ]);
    expect(loop.repository.all(ORG)[0].reporterTold?.state).toBe('waiting');

    const next = loop.turn(youthWorker, 'webchat', 'their-next-conversation');
    expect(keysOf(await loop.desk.waitingOutcomes(next))).toEqual(['escalation:notice.outcome']);
    expect(await loop.desk.waitingOutcomes(next)).toEqual([]);
    expect(loop.repository.all(ORG)[0].reporterTold?.state).toBe('told');
  });

  it("shows a reporter their own reports with date, status and outcome, and nobody else's", async () => {
    const loop = dutyLoop();
    const dsl = person('Dsl');
    const teacherA = person('Teacher A');
    const teacherB = person('Teacher B');
    await loop.onDuty(dsl);
    const first = await loop.raise(teacherA);
    loop.clock.advance(MINUTE);
    const second = await loop.raise(teacherA);
    const others = await loop.raise(teacherB);
    await loop.claim(dsl, first.escalationId);
    await loop.desk.recordOutcome(
      loop.turn(dsl),
      submitted('referral.outcome', { referralId: first.reference, outcome: 'advice-given' }),
      'en-GB',
    );

    const [reply] = await loop.desk.myReports(loop.turn(teacherA), 'en-GB');
    if (reply.kind !== 'lines') throw new Error('expected lines');
    expect(reply.lines.map((l) => [l.key, l.params?.reference])).toEqual([
      ['duty:reports.title', undefined],
      ['duty:reports.line', second.reference],
      ['duty:reports.closedBy', first.reference],
    ]);
    expect(reply.lines[1].keyParams).toEqual({ status: 'duty:status.draft' });
    expect(reply.lines[2]).toMatchObject({
      params: { name: 'Dsl', date: '2 Mar 2026' },
      keyParams: { status: 'duty:status.closed', outcome: 'duty:outcomesPlain.advice-given' },
    });
    expect(JSON.stringify(reply)).not.toContain(others.reference);
    expect(keysOf(await loop.desk.myReports(loop.turn(person('New Teacher')), 'en-GB'))).toEqual(['duty:reports.none']);
  });
});
