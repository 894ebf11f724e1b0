/**
 * Everything the conversation does with a reporter's own details: what is known before a report
 * (remembered, or given by their organisation's configuration), the line that shows it instead of
 * asking, remembering it after a report, and `my details` (show, change, forget). A store that
 * cannot be reached never stops a report: the questions are then simply asked.
 */
import type { AnswerValue, Flow } from '../flows';
import { qualify } from '../flows/keys';
import type { Organisation } from '../escalation/roster';
import type { Logger } from '../observability/logger';
import type { IncomingTurn, Line } from '../conversation/model';
import {
  choiceValues,
  detailsToRemember,
  PHONE_PATTERN,
  REPORTER_QUESTIONS,
  reporterAnswers,
  type KnownReporter,
} from './prefill';
import { isEmptyChange, type DetailsChange, type DetailsOwner, type RememberedDetailsStore } from './rememberedDetails';
import type { MyDetailsView } from './view';

export interface DetailsDeskDeps {
  store: RememberedDetailsStore;
  /** The organisation a turn reports to, when configured (its name, and the area it serves). */
  organisation: (organisationId: string) => Pick<Organisation, 'name' | 'country'> | undefined;
  logger: Logger;
  /** The triage flow: its role choices are what a role may be. */
  triage: Flow;
}

/** A change typed into the `my details` card, before it is checked. */
export interface DetailsForm {
  role?: string;
  organisation?: string;
  phone?: string;
}

export class DetailsDesk {
  constructor(private readonly deps: DetailsDeskDeps) {}

  /** Teams: the Entra object id (stable across chats); web chat: the id the turn gives. */
  owner(input: IncomingTurn): DetailsOwner {
    return { organisationId: input.organisationId, personKey: input.person.aadObjectId ?? input.person.id };
  }

  /** What the configuration says about the person's organisation. */
  configured(input: IncomingTurn): Omit<KnownReporter, 'remembered'> {
    const organisation = this.deps.organisation(input.organisationId);
    return {
      ...(organisation ? { organisationName: organisation.name } : {}),
      ...(organisation?.country ? { area: organisation.country } : {}),
    };
  }

  async known(input: IncomingTurn): Promise<KnownReporter> {
    const configured = this.configured(input);
    try {
      const remembered = await this.deps.store.get(this.owner(input), input.now);
      return { ...configured, ...(remembered ? { remembered } : {}) };
    } catch (error) {
      // The report goes on without them: the questions are asked instead.
      this.deps.logger.warn({ event: 'details.read_failed', err: errorName(error) });
      return configured;
    }
  }

  /** Pre-filled answers for a new triage, and the lines that show what was used. */
  async forTriage(input: IncomingTurn, flow: Flow): Promise<{ answers: Record<string, AnswerValue>; lines: Line[] }> {
    const known = await this.known(input);
    const answers = reporterAnswers(flow, known);
    return { answers, lines: usingLines(known, answers) };
  }

  /** After a report: what it used is remembered, and the year starts again. */
  async rememberAfterReport(input: IncomingTurn, answers: Record<string, AnswerValue>): Promise<void> {
    const change = detailsToRemember(answers, this.configured(input));
    if (isEmptyChange(change)) return;
    try {
      await this.deps.store.save(this.owner(input), change, input.now);
    } catch (error) {
      // The referral is logged; not remembering only means being asked next time.
      this.deps.logger.warn({ event: 'details.save_failed', err: errorName(error) });
    }
  }

  async view(input: IncomingTurn): Promise<MyDetailsView> {
    const known = await this.known(input);
    const roleNode = this.deps.triage.nodeById.get(REPORTER_QUESTIONS.role);
    const roleChoices =
      roleNode && 'choices' in roleNode && Array.isArray(roleNode.choices)
        ? roleNode.choices.map((c) => ({ value: c.value, labelKey: qualify(c.label) }))
        : [];
    return {
      roleChoices,
      ...(known.remembered ? { remembered: known.remembered } : {}),
      ...(known.organisationName ? { organisationName: known.organisationName } : {}),
      ...(known.area ? { area: known.area } : {}),
    };
  }

  /** Saves what the card held; a number that is not one, or a role the triage does not offer, saves nothing. */
  async change(input: IncomingTurn, form: DetailsForm): Promise<Line[]> {
    const phone = form.phone?.trim();
    if (phone && !PHONE_PATTERN.test(phone)) return [{ key: 'common:details.badPhone' }];
    const role = form.role?.trim();
    const organisation = this.configured(input).organisationName ? undefined : form.organisation?.trim();
    const change: DetailsChange = {
      ...(role && choiceValues(this.deps.triage, REPORTER_QUESTIONS.role).includes(role) ? { role } : {}),
      ...(organisation ? { organisation: organisation.slice(0, 120) } : {}),
      ...(phone ? { phone } : {}),
    };
    await this.deps.store.save(this.owner(input), change, input.now);
    return [{ key: isEmptyChange(change) ? 'common:details.forgotten' : 'common:details.saved' }];
  }

  async forget(input: IncomingTurn): Promise<Line[]> {
    const had = await this.deps.store.forget(this.owner(input));
    return [{ key: had ? 'common:details.forgotten' : 'common:details.nothingToForget' }];
  }
}

/** "I have these details for you …": one line per detail the triage will not ask. */
export function usingLines(known: KnownReporter, answers: Record<string, AnswerValue>): Line[] {
  const lines: Line[] = [];
  const role = answers[REPORTER_QUESTIONS.role];
  if (typeof role === 'string')
    lines.push({ key: 'common:details.role', keyParams: { role: qualify(`q.role.choices.${role}`) } });
  const organisation = answers[REPORTER_QUESTIONS.organisation];
  if (typeof organisation === 'string')
    lines.push({
      key: known.organisationName ? 'common:details.organisationFromSetUp' : 'common:details.organisation',
      params: { organisation },
    });
  const phone = answers[REPORTER_QUESTIONS.phone];
  if (typeof phone === 'string') lines.push({ key: 'common:details.phone', params: { phone } });
  const area = answers[REPORTER_QUESTIONS.area];
  if (typeof area === 'string')
    lines.push({ key: 'common:details.area', keyParams: { area: qualify(`nations.${area}`) } });
  if (lines.length === 0) return [];
  return [{ key: known.remembered ? 'common:details.using' : 'common:details.usingSetUp' }, ...lines];
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
