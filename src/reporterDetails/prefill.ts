/**
 * Nothing is asked twice (issue 17 item 3, issue 20 point 15): what is already known about the
 * reporter — remembered from their last report, or given by their organisation's configuration —
 * becomes pre-filled answers, so the flow passes over those questions; a confirmation line says
 * what was used and how to change it. Pure: flows and details in, answers and lines out.
 */
import type { AnswerValue, Flow } from '../flows';
import type { DetailsChange, RememberedDetails } from './rememberedDetails';

/** The triage questions about the reporter and the child's area (dialogs/triage.flow.json ids). */
export const REPORTER_QUESTIONS = {
  role: 'role',
  organisation: 'organisation',
  phone: 'contactNumber',
  area: 'area',
} as const;

export const PHONE_PATTERN = /^\+?[\d\s().-]{6,40}$/;

/** What is known about the person reporting before they are asked anything. */
export interface KnownReporter {
  remembered?: RememberedDetails;
  /** Their organisation's name, from the Teams tenant or the web chat access code (configuration). */
  organisationName?: string;
  /** Where the organisation's children are, when its configuration says. */
  area?: 'england' | 'wales';
}

/** The choice values a flow's question offers (empty when it has no such question). */
export function choiceValues(flow: Flow, nodeId: string): string[] {
  const node = flow.nodeById.get(nodeId);
  return node && 'choices' in node && Array.isArray(node.choices) ? node.choices.map((c) => c.value) : [];
}

/** The answers a new triage starts with, for the questions this flow has. */
export function reporterAnswers(flow: Flow, known: KnownReporter): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  const has = (id: string) => flow.nodeById.has(id);
  const remembered = known.remembered;
  if (remembered?.role && choiceValues(flow, REPORTER_QUESTIONS.role).includes(remembered.role))
    answers[REPORTER_QUESTIONS.role] = remembered.role;
  const organisation = known.organisationName ?? remembered?.organisation;
  if (organisation && has(REPORTER_QUESTIONS.organisation)) answers[REPORTER_QUESTIONS.organisation] = organisation;
  if (remembered?.phone && has(REPORTER_QUESTIONS.phone)) answers[REPORTER_QUESTIONS.phone] = remembered.phone;
  if (known.area && choiceValues(flow, REPORTER_QUESTIONS.area).includes(known.area))
    answers[REPORTER_QUESTIONS.area] = known.area;
  return answers;
}

/** What to remember after a report: what they answered, except an organisation the configuration gives. */
export function detailsToRemember(answers: Record<string, AnswerValue>, known: KnownReporter): DetailsChange {
  const text = (id: string): string | undefined => {
    const value = answers[id];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const role = text(REPORTER_QUESTIONS.role);
  const organisation = known.organisationName ? undefined : text(REPORTER_QUESTIONS.organisation)?.slice(0, 120);
  const phone = text(REPORTER_QUESTIONS.phone);
  return {
    ...(role ? { role } : {}),
    ...(organisation ? { organisation } : {}),
    ...(phone && PHONE_PATTERN.test(phone) ? { phone } : {}),
  };
}

/** True when this report would change what is remembered. */
export function changesRemembered(change: DetailsChange, remembered: RememberedDetails | undefined): boolean {
  return (
    change.role !== remembered?.role ||
    change.organisation !== remembered?.organisation ||
    change.phone !== remembered?.phone
  );
}
