/**
 * Card submits are parsed once, by their verb's schema, into the conversation's typed union: a
 * well-formed press becomes its verb's shape, anything else is `malformed` and carries no data.
 */
import { CARD_VERBS, isCardVerb, parseCardSubmit, type CardVerb } from '../../../src/conversation/cardSubmit';
import { VERBS } from '../../../src/channel/cards/actions';
import { newReference } from '../../../src/referrals/reference';

const ESC = 'esc-0f0e0d0c-0b0a-4908-8706-050403020100';
const REF = newReference(() => 0);

const wellFormed: Record<CardVerb, Record<string, unknown>> = {
  'triage.answer': { nodeId: 'needs', flowVersion: '1', answerChoice: 'sleep, eating' },
  'signpost.show': {},
  'risk.misread': {},
  'escalation.claim': { escalationId: ESC, organisationId: 'north' },
  'escalation.refresh': { escalationId: ESC, organisationId: 'north' },
  'escalation.handover': { escalationId: ESC, organisationId: 'north', toUserId: 'u-2', thenOffDuty: true },
  'escalation.release': { escalationId: ESC, organisationId: 'north' },
  'referral.open': { referralId: REF, organisationId: 'north' },
  'referral.note': { referralId: REF, organisationId: 'north', note: '  Rang the school nurse  ' },
  'referral.outcome': {
    referralId: REF,
    organisationId: 'north',
    escalationId: ESC,
    outcome: 'advice-given',
    reason: '',
  },
  'story.confirm': { nodes: 'needs,age', 'needs.choice': 'sleep', 'age.number': 13 },
  'triage.safety': { nodes: 'selfHarm', flowVersion: '2', runId: 'r-1', 'selfHarm.choice': 'none' },
  'details.save': { 'details.role': 'teacher', 'details.organisation': 'Exampleshire High', 'details.phone': '' },
  'details.forget': {},
};

describe('card submits', () => {
  it('the cards build with the same verbs the parser reads', () => {
    expect(VERBS).toBe(CARD_VERBS);
    expect(Object.keys(wellFormed).sort()).toEqual(Object.values(CARD_VERBS).sort());
  });

  it.each(Object.entries(wellFormed))('parses a well-formed %s into its own shape', (verb, data) => {
    expect(parseCardSubmit(verb, { verb, ...data }).verb).toBe(verb);
  });

  it('reads the my details card as a form, an empty input left out', () => {
    expect(parseCardSubmit(CARD_VERBS.detailsSave, wellFormed['details.save'])).toEqual({
      verb: 'details.save',
      form: { role: 'teacher', organisation: 'Exampleshire High' },
    });
    expect(parseCardSubmit(CARD_VERBS.detailsSave, { 'details.phone': 'x'.repeat(101) }).verb).toBe('malformed');
  });

  it('gives each verb its typed fields', () => {
    expect(parseCardSubmit(CARD_VERBS.answer, wellFormed['triage.answer'])).toEqual({
      verb: 'triage.answer',
      answer: { kind: 'card', nodeId: 'needs', flowVersion: 1, values: ['sleep', 'eating'] },
    });
    expect(parseCardSubmit(CARD_VERBS.note, wellFormed['referral.note'])).toEqual({
      verb: 'referral.note',
      referralId: REF,
      note: 'Rang the school nurse',
      typed: '  Rang the school nurse  ',
    });
    expect(parseCardSubmit(CARD_VERBS.outcome, wellFormed['referral.outcome'])).toEqual({
      verb: 'referral.outcome',
      referralId: REF,
      form: { outcome: 'advice-given' },
      alert: { escalationId: ESC, organisationId: 'north' },
    });
    expect(parseCardSubmit(CARD_VERBS.handover, wellFormed['escalation.handover'])).toEqual({
      verb: 'escalation.handover',
      escalationId: ESC,
      organisationId: 'north',
      toUserId: 'u-2',
      thenOffDuty: true,
    });
  });

  it('keeps the reference but not an outcome it does not know, so the duty worker is asked again', () => {
    expect(parseCardSubmit(CARD_VERBS.outcome, { referralId: REF, outcome: 'made-up' })).toEqual({
      verb: 'referral.outcome',
      referralId: REF,
      form: undefined,
    });
  });

  it.each([
    ['a forged reference', CARD_VERBS.open, { referralId: '../../etc' }],
    ['an alert id that is not one', CARD_VERBS.claim, { escalationId: 'esc-1', organisationId: 'north' }],
    ['an organisation that is not an id', CARD_VERBS.release, { escalationId: ESC, organisationId: 'North Side' }],
    ['an answer with no question', CARD_VERBS.answer, { flowVersion: 1 }],
  ])('refuses %s as malformed', (_name, verb, data) => {
    expect(parseCardSubmit(verb, data)).toEqual({ verb: 'malformed', pressed: verb });
  });

  it('an unknown verb is malformed, and typed words in it are still there to be assessed for risk', () => {
    expect(isCardVerb('escalation.delete')).toBe(false);
    expect(parseCardSubmit('escalation.delete', { answerText: 'he hits her' })).toEqual({
      verb: 'malformed',
      pressed: undefined,
      typed: 'he hits her',
    });
  });
});
