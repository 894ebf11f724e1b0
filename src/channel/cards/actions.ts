/**
 * Card actions differ by client: Teams supports Action.Execute (the card can be replaced in place);
 * Web Chat gets Action.Submit, which arrives as a message whose `value` carries the verb.
 * Card builders call `cardAction` so both surfaces carry the same verb and data.
 */
import { CARD_VERBS, type CardVerb } from '../../conversation/cardSubmit';

/** The verbs are the conversation's: one list, which its submit parser reads too. */
export const VERBS = CARD_VERBS;
export type Verb = CardVerb;

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

export function cardAction(
  surface: Surface,
  title: string,
  data: CardActionData,
  style?: CardAction['style'],
): CardAction {
  const action: CardAction =
    surface === 'teams'
      ? { type: 'Action.Execute', title, verb: data.verb, data }
      : { type: 'Action.Submit', title, data };
  if (style) action.style = style;
  return action;
}
