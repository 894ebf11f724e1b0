/**
 * What every part of a turn works with: the conversation's dependencies and the turn in progress.
 * Shared by the turn pipeline, the command table, the risk response and the flow runner.
 */
import type { Flow } from '../flows';
import type { EscalationService } from '../escalation/escalationService';
import type { DutyRegistry } from '../escalation/dutyRegistry';
import type { DutyRoster } from '../escalation/roster';
import type { SupportedLocale } from '../i18n/locale';
import type { Logger } from '../observability/logger';
import type { RiskAssessment } from '../risk';
import type { Matcher } from '../signposting/matcher';
import type { DutyDesk } from './dutyDesk';
import type { ConversationMemory, IncomingTurn, Reply } from './model';
import type { ReferralLog } from './ports';
import type { ReadAccount } from './story/storyReading';
import type { DetailsDesk } from '../reporterDetails/detailsDesk';

export interface ConversationDeps {
  flows: ReadonlyMap<string, Flow>;
  assess: (text: string, locale: SupportedLocale) => RiskAssessment;
  /** What a yes to the safety question means (immediate danger); see safetyQuestion.ts. */
  assessSafetyYes: (locale: SupportedLocale) => RiskAssessment;
  escalations: Pick<EscalationService, 'raise' | 'claim' | 'recordCorrection'>;
  referrals: ReferralLog;
  duty: DutyRegistry;
  roster: DutyRoster;
  matcher: Matcher;
  logger: Logger;
  defaultLocale: SupportedLocale;
  /** Outcomes, handover at the end of duty, `my reports`. */
  desk: DutyDesk;
  /** Reads a member of staff's own account (story first, issue 17); without it the first words are only kept. */
  readAccount?: ReadAccount;
  /** The reporter's own details, remembered or configured, so they are not asked twice (issue 17 item 3). */
  details?: DetailsDesk;
}

/** Everything a turn works with; replies are appended as it goes. */
export interface Turn {
  readonly input: IncomingTurn;
  locale: SupportedLocale;
  readonly memory: ConversationMemory;
  readonly replies: Reply[];
}

export const TRIAGE = 'triage';
export const SIGNPOSTING = 'signposting';

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
