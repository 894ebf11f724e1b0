/**
 * Card actions differ by client: Teams supports Action.Execute (the card can be replaced in place);
 * Web Chat gets Action.Submit, which arrives as a message whose `value` carries the verb.
 * Card builders call `cardAction` so both surfaces carry the same verb and data.
 */
export const VERBS = {
  /** An answer to the current triage question: data { nodeId, flowVersion, value? } + inputs. */
  answer: 'triage.answer',
  /** Open the signposting suggestions again, or ask for signposting on its own. */
  signpost: 'signpost.show',
  /** A duty worker claims an escalation: data { escalationId, organisationId }. */
  claim: 'escalation.claim',
  /** A duty worker records an outcome: data { referralId, organisationId } + inputs. */
  outcome: 'referral.outcome',
  /** A duty worker adds a note: data { referralId, organisationId } + inputs. */
  note: 'referral.note',
  /** A duty worker opens one referral from the queue. */
  open: 'referral.open',
  /** The reporter says the bot misread their message. */
  misread: 'risk.misread',
  /** Before going off duty, the owner hands a claimed escalation to an on-duty colleague: data { escalationId, organisationId, toUserId }. */
  handover: 'escalation.handover',
  /** Teams asks for the alert card as it stands now when a duty worker who holds it views it (Universal Actions refresh). */
  refresh: 'escalation.refresh',
  /** Before going off duty, the owner releases a claimed escalation to the queue: data { escalationId, organisationId }. */
  release: 'escalation.release',
  /** The reporter confirms (or corrects) what the bot read from their own account: data { nodes, flowVersion } + inputs. */
  storyConfirm: 'story.confirm',
  /** The safety questions answered together on one card: data { nodes, flowVersion, runId } + inputs. */
  safetyGroup: 'triage.safety',
} as const;
export type Verb = (typeof VERBS)[keyof typeof VERBS];

export type Surface = 'teams' | 'webchat';

export interface CardActionData {
  verb: Verb;
  [field: string]: string | number | boolean | undefined;
}

export interface CardAction {
  type: 'Action.Execute' | 'Action.Submit';
  title: string;
  verb?: string;
  data: CardActionData;
  style?: 'positive' | 'destructive' | 'default';
}

export function cardAction(surface: Surface, title: string, data: CardActionData, style?: CardAction['style']): CardAction {
  const action: CardAction = surface === 'teams' ? { type: 'Action.Execute', title, verb: data.verb, data } : { type: 'Action.Submit', title, data };
  if (style) action.style = style;
  return action;
}
