/**
 * Recognises a request for signposting on its own — "what help is there for eating difficulties
 * for a 12-year-old?" — and picks out the needs and age it names, so the short signposting flow
 * only asks what is missing.
 */
import { inferNeeds } from '../signposting/inferNeeds';
import type { Need } from '../signposting/needs';

const ASKING_FOR_HELP =
  /^\s*(what|where|which|is there|are there|any)\b.*\b(help|support|services?|advice)\b|^\s*(pa|ble|oes)\b.*\b(help|cymorth|cefnogaeth|gwasanaeth\w*)\b/i;
const AGE = /\b(\d{1,2})\s*(?:-|\s)?\s*(?:years?|yrs?|y\/o|blwydd|oed)\b/i;

export interface SignpostingQuestion {
  needs: Need[];
  age?: number;
}

export function parseSignpostingQuestion(text: string): SignpostingQuestion | undefined {
  if (text.length > 300 || !ASKING_FOR_HELP.test(text)) return undefined;
  const age = AGE.exec(text);
  const years = age ? Number(age[1]) : undefined;
  return { needs: inferNeeds([text]), ...(years !== undefined && years <= 25 ? { age: years } : {}) };
}
