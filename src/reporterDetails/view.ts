/**
 * What `my details` shows: what is remembered, what the organisation's configuration gives (not
 * asked, not changeable here), and the role choices the triage offers. The channel draws it as a
 * card with every changeable input pre-filled; the card's inputs are read back by DETAILS_INPUT_IDS.
 */
import type { RememberedDetails } from './rememberedDetails';

export interface MyDetailsView {
  remembered?: RememberedDetails;
  /** From the Teams tenant or the web chat access code: shown, not asked. */
  organisationName?: string;
  area?: 'england' | 'wales';
  /** The triage's role choices: value and its i18n key (qualified). */
  roleChoices: { value: string; labelKey: string }[];
}

/** The `my details` card's input ids. */
export const DETAILS_INPUT_IDS = {
  role: 'details.role',
  organisation: 'details.organisation',
  phone: 'details.phone',
} as const;
