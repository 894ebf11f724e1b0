/**
 * What the reporter is told when a risk is raised: one message, first step first, and every
 * sentence about an alert true to what happened (sent and to whom, or waiting for the next duty
 * worker). The words a safeguarding lead reviews are in locales/<lng>/escalation.json.
 */
import type { EscalationLevel } from '../escalation/model';
import type { Line } from './model';

/** What raising the escalation did, as the reporter must hear it. */
export interface AlertFacts {
  reference: string;
  /** People the alert went to now (their names; an unnamed one is "a duty worker"). */
  recipientNames: readonly (string | undefined)[];
  outOfHours: boolean;
  outOfHoursContact: string | undefined;
  phoneOnly: readonly { name: string; phone: string }[];
}

/** Was the alert sent to someone, or is it waiting for the next person on duty? */
export type AlertState = 'sent' | 'waiting';

export function alertState(facts: Pick<AlertFacts, 'recipientNames'>): AlertState {
  return facts.recipientNames.length > 0 ? 'sent' : 'waiting';
}

/** Immediate danger, in the order a DSL would say it; the alert's own line goes in the middle. */
export function immediateSteps(alert: Line[] = []): Line[] {
  return [
    { key: 'escalation:immediate.call999' },
    { key: 'escalation:immediate.stay' },
    { key: 'escalation:immediate.noSecrets' },
    { key: 'escalation:immediate.sendForDsl' },
    ...alert,
    { key: 'escalation:immediate.afterwards' },
  ];
}

/** The out-of-hours contact, or the local authority's Emergency Duty Team when none is configured. */
export function outOfHoursLine(contact: string | undefined, key = 'escalation:outOfHours'): Line {
  return contact ? { key, params: { contact } } : { key, keyParams: { contact: 'common:defaults.outOfHours' } };
}

function statusLines(level: EscalationLevel, facts: AlertFacts): Line[] {
  const { reference } = facts;
  const lines: Line[] = [];
  if (alertState(facts) === 'sent') {
    const names = facts.recipientNames.filter((name): name is string => Boolean(name));
    if (names.length === facts.recipientNames.length)
      lines.push({
        key: level === 'concern' ? 'escalation:concernRaised' : 'escalation:raised',
        params: { reference, names: names.join(', ') },
      });
    else
      lines.push({
        key: level === 'concern' ? 'escalation:concernRaisedUnnamed' : 'escalation:raisedUnnamed',
        params: { reference },
      });
  } else {
    lines.push({
      key: level === 'concern' ? 'escalation:concernWaiting' : 'escalation:nobodyOnDuty',
      params: { reference },
    });
  }
  for (const p of facts.phoneOnly)
    lines.push({ key: 'escalation:phoneRung', params: { name: p.name, phone: p.phone } });
  const nobodyNow = alertState(facts) === 'waiting' || facts.outOfHours;
  // A concern is seen on the next working day; the out-of-hours team is for significant harm now (issue 16, point 6).
  if (nobodyNow)
    lines.push(
      outOfHoursLine(
        facts.outOfHoursContact,
        level === 'concern' ? 'escalation:concernOutOfHours' : 'escalation:outOfHours',
      ),
    );
  return lines;
}

/**
 * The one message the reporter gets when an escalation is raised; `advice` (see adviceFor) goes before "we can carry
 * on".
 */
export function alertMessage(level: EscalationLevel, facts: AlertFacts, advice: readonly Line[] = []): Line[] {
  const status = statusLines(level, facts);
  if (level === 'immediate') return [...immediateSteps(status), ...advice, { key: 'escalation:continue' }];
  if (level === 'urgent')
    return [...status, { key: 'escalation:urgent.tellDsl' }, ...advice, { key: 'escalation:continue' }];
  return [...status, ...advice];
}

/** The summary's next step about the alert, made true to what happened (or dropped when nothing was raised). */
export function alertStepKey(state: AlertState | undefined): string | undefined {
  if (state === 'sent') return 'triage:nextSteps.dutyAlerted';
  if (state === 'waiting') return 'triage:nextSteps.alertWaiting';
  return undefined;
}

/** Lexicon entries and answers that need their own advice at once, whatever the level (issue 20, points 5 and 14). */
const SECRECY_RULES = new Set(['abuse.secret', 'cam-drin.cyfrinach']);
const ADULT_ROLE_RULES = new Set([
  'combo.adult-role-contact',
  'combo.oedolyn-rol-cyswllt',
  'answer:harmDisclosure.adult-working-with-children',
]);

function ruleId(rule: string): string {
  return rule.startsWith('answer:') ? rule : rule.slice(rule.indexOf(':') + 1);
}

/** Advice a reading calls for beyond the alert itself: a promise of secrecy, an adult who works with children. */
export function adviceFor(assessment: { matches: readonly { rule: string }[] }): Line[] {
  const ids = new Set(assessment.matches.map((m) => ruleId(m.rule)));
  const lines: Line[] = [];
  if ([...ids].some((id) => ADULT_ROLE_RULES.has(id))) lines.push({ key: 'escalation:adultConcern' });
  if ([...ids].some((id) => SECRECY_RULES.has(id))) lines.push({ key: 'escalation:secrecy' });
  return lines;
}
