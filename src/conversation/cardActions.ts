/**
 * What a card press does, by its verb: answers go to the flow runner; duty actions (open, note,
 * outcome, hand over, release) are checked against the duty worker's rights first.
 */
import { CARD_VERBS, type CardSubmit, type CardVerb } from './cardSubmit';
import type { CommandTable } from './commandTable';
import type { FlowRunner } from './flowRunner';
import type { Actor } from './ports';
import type { ConversationDeps, Turn } from './turn';

/** Duty actions: a press whose data does not parse is refused, not misunderstood. */
const DUTY_VERBS: ReadonlySet<CardVerb> = new Set([
  CARD_VERBS.handover,
  CARD_VERBS.release,
  CARD_VERBS.open,
  CARD_VERBS.note,
  CARD_VERBS.outcome,
]);

export type CardActionsDeps = Pick<ConversationDeps, 'referrals' | 'desk' | 'details'>;

export class CardActions {
  constructor(
    private readonly deps: CardActionsDeps,
    private readonly flows: Pick<FlowRunner, 'flowStep' | 'confirmStory' | 'answerSafetyCard' | 'startSignposting'>,
    private readonly commands: Pick<CommandTable, 'isDutyWorker' | 'misread'>,
  ) {}

  async card(turn: Turn, submit: CardSubmit): Promise<void> {
    const { input, memory: m } = turn;
    const actor: Actor = { id: input.person.id, ...(input.person.name ? { name: input.person.name } : {}) };
    switch (submit.verb) {
      case CARD_VERBS.answer: {
        if (!m.flow || m.flow.completed) {
          turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:staleCard' }] });
          return;
        }
        await this.flows.flowStep(turn, submit.answer);
        return;
      }
      case CARD_VERBS.storyConfirm:
        if (!m.story) turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:staleCard' }] });
        else await this.flows.confirmStory(turn, submit.answers);
        return;
      case CARD_VERBS.safetyGroup:
        if (!m.flow || m.flow.completed || submit.flowVersion === undefined)
          turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:staleCard' }] });
        else await this.flows.answerSafetyCard(turn, submit.answers, submit.flowVersion, submit.runId);
        return;
      case CARD_VERBS.signpost:
        await this.flows.startSignposting(turn, undefined);
        return;
      case CARD_VERBS.detailsSave:
        if (this.deps.details)
          turn.replies.push({ kind: 'lines', lines: await this.deps.details.change(input, submit.form) });
        return;
      case CARD_VERBS.detailsForget:
        if (this.deps.details) turn.replies.push({ kind: 'lines', lines: await this.deps.details.forget(input) });
        return;
      case CARD_VERBS.misread:
        await this.commands.misread(turn);
        return;
      case CARD_VERBS.handover:
      case CARD_VERBS.release: {
        if (!(await this.commands.isDutyWorker(turn))) {
          turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
          return;
        }
        const { replies, offDuty } = await this.deps.desk.passOn(input, submit);
        if (offDuty) m.onDuty = false;
        turn.replies.push(...replies);
        return;
      }
      case CARD_VERBS.open:
      case CARD_VERBS.note:
      case CARD_VERBS.outcome: {
        if (!(await this.commands.isDutyWorker(turn))) {
          turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
          return;
        }
        const reference = submit.referralId;
        if (submit.verb === CARD_VERBS.note) {
          if (!submit.note) turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:noteEmpty' }] });
          else if (await this.deps.referrals.addNote(input.organisationId, reference, actor, submit.note, input.now))
            turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:noteAdded', params: { reference } }] });
          else turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notFound' }] });
          return;
        }
        if (submit.verb === CARD_VERBS.outcome) {
          turn.replies.push(...(await this.deps.desk.recordOutcome(input, submit, turn.locale)));
          return;
        }
        const detail = await this.deps.referrals.detail(input.organisationId, reference, actor);
        if (!detail) turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notFound' }] });
        else turn.replies.push({ kind: 'referralDetail', item: detail.item, chronology: detail.chronology });
        return;
      }
      case 'malformed':
        // Malformed duty actions (a forged reference or alert id) are refused as a duty action would be.
        if (submit.pressed !== undefined && DUTY_VERBS.has(submit.pressed))
          turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
        else turn.replies.push({ kind: 'lines', lines: [{ key: 'common:unknown' }] });
        return;
      default:
        // Claims and refreshes are the channel's (Teams Action.Execute); anywhere else they mean nothing.
        turn.replies.push({ kind: 'lines', lines: [{ key: 'common:unknown' }] });
    }
  }
}
