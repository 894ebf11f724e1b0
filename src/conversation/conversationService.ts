/**
 * One turn of a conversation, in our own terms: every typed word is assessed for risk before the
 * conversation moves on; commands work everywhere; the triage flow runs one step; risk is
 * escalated and the referral written as the conversation goes. The channel renders the replies.
 *
 * This is the turn pipeline; the command table, card actions, risk response and flow runner do
 * the work (one module each).
 */
import { toSupportedLocale, type SupportedLocale } from '../i18n/locale';
import { parseCommand } from './commands';
import { parseSignpostingQuestion } from './signpostingQuestion';
import { emptyMemory, type ConversationMemory, type IncomingTurn, type TurnResult } from './model';
import { mentionsCamhs } from './story/camhsMention';
import { CardActions } from './cardActions';
import { CommandTable } from './commandTable';
import { FlowRunner } from './flowRunner';
import { RiskResponse } from './riskResponse';
import type { ConversationDeps, Turn } from './turn';

export type { ConversationDeps } from './turn';

const GREETINGS = new Set([
  'hello',
  'hi',
  'hiya',
  'hey',
  'helo',
  'shwmae',
  'sut mae',
  'bore da',
  'prynhawn da',
  'good morning',
  'good afternoon',
  'hia',
]);

export class ConversationService {
  private readonly risk: RiskResponse;
  private readonly flows: FlowRunner;
  private readonly commands: CommandTable;
  private readonly cards: CardActions;

  constructor(private readonly deps: ConversationDeps) {
    this.risk = new RiskResponse(deps);
    this.flows = new FlowRunner(deps, this.risk);
    this.commands = new CommandTable(deps, this.flows);
    this.cards = new CardActions(deps, this.flows, this.commands);
  }

  localeFor(turnLocale: string | undefined, chosen: SupportedLocale | undefined): SupportedLocale {
    return chosen ?? toSupportedLocale(turnLocale) ?? this.deps.defaultLocale;
  }

  async handle(
    input: IncomingTurn,
    memory: ConversationMemory,
    chosenLocale: SupportedLocale | undefined,
  ): Promise<TurnResult> {
    const turn: Turn = {
      input,
      locale: this.localeFor(input.activityLocale, chosenLocale),
      memory: structuredClone(memory),
      replies: [],
    };
    turn.memory.address = input.address;
    // Only duty workers' addresses are stored; everyone else's messages cost no extra read.
    if (input.channel === 'msteams' && turn.memory.onDuty)
      await this.deps.duty.refreshAddress(input.organisationId, input.person.id, input.address);

    const command = input.card ? undefined : parseCommand(input.text);
    const typed = command ? undefined : typedText(input);
    const greeting =
      typed !== undefined &&
      GREETINGS.has(
        typed
          .trim()
          .toLowerCase()
          .replace(/[!.,]+$/, ''),
      );
    if (!turn.memory.welcomed || (greeting && !turn.memory.flow)) {
      // A new conversation: first any outcome that could not reach this person in their last one.
      if (!turn.memory.welcomed) turn.replies.push(...(await this.deps.desk.waitingOutcomes(input)));
      turn.replies.push({ kind: 'welcome' });
      turn.memory.welcomed = true;
    }
    // The answer to "Is anyone in danger right now?" comes first; the words are still assessed.
    const safetyAnswer = typed !== undefined ? await this.risk.actOnSafetyAnswer(turn, typed) : undefined;
    if (typed !== undefined && mentionsCamhs(typed)) turn.memory.camhsMentioned = true;
    // A missed risk is the worst failure: assess what was typed before anything else happens. Text
    // that is one of the current question's choices is that answer, assessed by the answer's own rule.
    const choice =
      typed !== undefined && !input.card && safetyAnswer === undefined && this.flows.isTypedChoice(turn, typed);
    const riskRaised = typed !== undefined && !greeting && !choice && (await this.risk.actOnText(turn, typed));

    let chosen: SupportedLocale | undefined;
    if (command) chosen = await this.commands.command(turn, command);
    else if (input.card) await this.cards.card(turn, input.card);
    else if (safetyAnswer !== undefined) {
      if (turn.memory.flow && !turn.memory.flow.completed) await this.flows.repeatQuestion(turn);
    } else if (greeting) {
      // welcomed above
    } else if (typed && turn.memory.story?.midFlow) {
      // Typed on instead of pressing the confirm card: what was read is taken, the words join what was noticed.
      await this.flows.confirmStory(turn, undefined, typed);
    } else if (turn.memory.flow && !turn.memory.flow.completed) {
      // A disclosure typed at a choice question is not a wrong answer: ask the question again without saying so.
      await this.flows.flowStep(turn, { kind: 'text', text: input.text ?? '' }, { quietReask: riskRaised });
    } else if (typed && turn.memory.story) await this.flows.confirmStory(turn, undefined, typed);
    else if (typed) {
      const asked = parseSignpostingQuestion(typed);
      if (asked) await this.flows.startSignposting(turn, asked);
      else await this.flows.startTriageWith(turn, typed);
    }
    return { replies: turn.replies, memory: turn.memory, ...(chosen ? { locale: chosen } : {}) };
  }

  /** Claims an escalation for a duty worker (Teams Action.Execute or a web chat submit). */
  async claim(
    input: IncomingTurn,
    escalationId: string,
    organisationId: string,
  ): Promise<{ status: 'claimed' | 'alreadyClaimed' | 'notFound' | 'notAllowed' }> {
    const turn: Turn = { input, locale: this.deps.defaultLocale, memory: emptyMemory(), replies: [] };
    if (organisationId !== input.organisationId || !(await this.commands.isDutyWorker(turn, organisationId)))
      return { status: 'notAllowed' };
    const outcome = await this.deps.escalations.claim(organisationId, escalationId, {
      id: input.person.id,
      ...(input.person.name ? { name: input.person.name } : {}),
    });
    if (outcome.status === 'claimed')
      await this.deps.referrals.claim(
        organisationId,
        outcome.escalation.referralId,
        { id: input.person.id, name: input.person.name },
        input.now,
      );
    return { status: outcome.status };
  }
}

function typedText(input: IncomingTurn): string | undefined {
  if (input.text !== undefined && input.text.trim() !== '') return input.text;
  // Free text typed into a card (e.g. the child's own words) is assessed like any message.
  return input.card?.typed;
}
