/**
 * The command table: what each typed command does (help, language, cancel, restart, on duty, the
 * queue …), and who counts as a duty worker. Commands work anywhere in a conversation.
 */
import { otherLocale, type SupportedLocale } from '../i18n/locale';
import type { Command } from './commands';
import { TEAMS_ONLY } from './commands';
import type { ConversationMemory, Line } from './model';
import { outOfHoursLine } from './alertMessage';
import type { FlowRunner } from './flowRunner';
import { TRIAGE, type ConversationDeps, type Turn } from './turn';

export type CommandTableDeps = Pick<
  ConversationDeps,
  'escalations' | 'referrals' | 'duty' | 'roster' | 'desk' | 'details'
>;

export class CommandTable {
  constructor(
    private readonly deps: CommandTableDeps,
    private readonly flows: Pick<FlowRunner, 'startFlow' | 'startSignposting' | 'flowStep' | 'repeatQuestion'>,
  ) {}

  /** Runs a command; returns the locale the person chose, when they switched language. */
  async command(turn: Turn, command: Command): Promise<SupportedLocale | undefined> {
    const { input, memory: m } = turn;
    if (TEAMS_ONLY.has(command) && !(input.channel === 'msteams' && input.personal)) {
      turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:teamsOnly' }] });
      return undefined;
    }
    switch (command) {
      case 'help':
        turn.replies.push({ kind: 'help' });
        return undefined;
      case 'privacy':
        turn.replies.push({ kind: 'privacy' });
        return undefined;
      case 'language': {
        const next = otherLocale(turn.locale);
        turn.locale = next;
        turn.replies.push({ kind: 'lines', lines: [{ key: 'common:language.switched' }] });
        if (m.flow && !m.flow.completed) await this.flows.repeatQuestion(turn);
        return next;
      }
      case 'cancel': {
        const had = m.flow !== undefined && !m.flow.completed;
        m.flow = undefined;
        const lines: Line[] = [{ key: had ? 'common:cancel.done' : 'common:cancel.nothing' }];
        if (m.escalations.length > 0) lines.push({ key: 'common:cancel.kept' });
        turn.replies.push({ kind: 'lines', lines });
        resetReport(m);
        return undefined;
      }
      case 'restart':
        turn.replies.push({ kind: 'lines', lines: [{ key: 'common:restart.done' }] });
        if (m.escalations.length > 0) turn.replies.push({ kind: 'lines', lines: [{ key: 'common:cancel.kept' }] });
        resetReport(m);
        await this.flows.startFlow(turn, m.flow?.flowId ?? TRIAGE);
        return undefined;
      case 'start':
        resetReport(m);
        await this.flows.startFlow(turn, TRIAGE);
        return undefined;
      case 'findHelp':
        await this.flows.startSignposting(turn, undefined);
        return undefined;
      case 'back':
        if (m.flow && !m.flow.completed) await this.flows.flowStep(turn, { kind: 'back' });
        else turn.replies.push({ kind: 'lines', lines: [{ key: 'common:cancel.nothing' }] });
        return undefined;
      case 'misread':
        await this.misread(turn);
        return undefined;
      case 'onDuty':
        await this.onDuty(turn);
        return undefined;
      case 'offDuty': {
        const { replies, offDuty } = await this.deps.desk.offDuty(input);
        if (offDuty) m.onDuty = false;
        turn.replies.push(...replies);
        return undefined;
      }
      case 'myReports':
        turn.replies.push(...(await this.deps.desk.myReports(input, turn.locale)));
        return undefined;
      case 'myDetails':
        if (this.deps.details) turn.replies.push({ kind: 'myDetails', view: await this.deps.details.view(input) });
        return undefined;
      case 'forgetMyDetails':
        if (this.deps.details) turn.replies.push({ kind: 'lines', lines: await this.deps.details.forget(input) });
        return undefined;
      case 'whoIsOnDuty': {
        const onDuty = await this.deps.duty.onDuty(input.organisationId);
        const lines: Line[] = onDuty.length
          ? [{ key: 'duty:whoIsOnDuty', params: { names: onDuty.map((d) => d.name ?? d.userId).join(', ') } }]
          : [{ key: 'duty:nobody' }, outOfHoursLine(this.deps.roster.outOfHoursContact(input.organisationId))];
        turn.replies.push({ kind: 'lines', lines });
        return undefined;
      }
      case 'queue':
        await this.queue(turn);
        return undefined;
    }
  }

  /** "That's not what I meant": the correction is recorded; any alert already sent stands. */
  async misread(turn: Turn): Promise<void> {
    const { input, memory: m } = turn;
    if (m.riskLevel === 'none' && m.escalations.length === 0) {
      turn.replies.push({ kind: 'lines', lines: [{ key: 'escalation:misreadNothing' }] });
      return;
    }
    const by = { id: input.person.id, ...(input.person.name ? { name: input.person.name } : {}) };
    if (m.referral) await this.deps.referrals.recordCorrection(input.organisationId, m.referral, by, input.now);
    for (const id of m.escalations)
      await this.deps.escalations.recordCorrection(input.organisationId, id, by.name ?? by.id);
    turn.replies.push({
      kind: 'lines',
      lines: [
        { key: 'escalation:misreadRecorded' },
        ...(m.escalations.length ? [{ key: 'escalation:misreadKept' }] : []),
      ],
    });
  }

  async isDutyWorker(turn: Pick<Turn, 'input'>, organisationId = turn.input.organisationId): Promise<boolean> {
    const p = turn.input.person;
    // Duty powers exist only in Teams, the one channel that vouches for an Entra identity.
    if (turn.input.channel !== 'msteams') return false;
    if (this.deps.roster.configured)
      return this.deps.roster.mayGoOnDuty(organisationId, { aadObjectId: p.aadObjectId, upn: p.upn });
    return this.deps.duty.isOnDuty(organisationId, p.id);
  }

  private async onDuty(turn: Turn): Promise<void> {
    const { input } = turn;
    const p = input.person;
    if (!this.deps.roster.mayGoOnDuty(input.organisationId, { aadObjectId: p.aadObjectId, upn: p.upn })) {
      turn.replies.push({
        kind: 'lines',
        lines: [{ key: this.deps.roster.policy === 'closed' ? 'duty:noRoster' : 'duty:notOnRoster' }],
      });
      return;
    }
    await this.deps.duty.goOnDuty(
      {
        organisationId: input.organisationId,
        userId: p.id,
        ...(p.name ? { name: p.name } : {}),
        ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}),
        address: { ...input.address, locale: turn.locale },
      },
      input.now,
    );
    turn.memory.onDuty = true;
    turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:onDuty' }] });
  }

  private async queue(turn: Turn): Promise<void> {
    if (!(await this.isDutyWorker(turn))) {
      turn.replies.push({ kind: 'lines', lines: [{ key: 'duty:notAllowed' }] });
      return;
    }
    const items = await this.deps.referrals.queue(turn.input.organisationId);
    turn.replies.push({ kind: 'dutyQueue', items });
  }
}

/** A new report: nothing of the last one's risk, referral or alerts carries over. */
export function resetReport(m: ConversationMemory): void {
  m.referral = undefined;
  m.riskLevel = 'none';
  m.indicators = [];
  m.escalatedLevel = 'none';
  m.escalatedIndicators = [];
  m.escalations = [];
  m.alert = undefined;
  m.camhsMentioned = false;
}
