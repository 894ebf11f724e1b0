/** `my details` as a card: every changeable detail an input pre-filled with what is remembered (issue 17 item 3). */
import { buildMyDetailsCard, detailsLines } from '../../../../src/channel/cards/myDetailsCard';
import type { CardContext } from '../../../../src/channel/cards/questionCard';
import type { SupportedLocale } from '../../../../src/i18n/locale';
import { qualify } from '../../../../src/flows/keys';
import { DETAILS_INPUT_IDS, type MyDetailsView } from '../../../../src/reporterDetails/view';
import { adaptiveCardErrors } from '../../../support/adaptiveCardSchema';
import { strictTranslate } from '../../flows/support/translate';
import { realFlow } from '../../flows/support/conversation';

const roleNode = realFlow('triage').nodeById.get('role');
const roleChoices =
  roleNode && 'choices' in roleNode && Array.isArray(roleNode.choices)
    ? roleNode.choices.map((c) => ({ value: c.value, labelKey: qualify(c.label) }))
    : [];
const remembered = {
  role: 'pastoral',
  organisation: 'Exampleshire Youth Club',
  phone: '07700 900123',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

function context(surface: CardContext['surface'], locale: SupportedLocale): CardContext {
  return { t: strictTranslate(locale), surface, locale };
}

function inputs(card: ReturnType<typeof buildMyDetailsCard>): Record<string, unknown> {
  return Object.fromEntries(
    card.body
      .filter((e) => e.type.startsWith('Input.'))
      .map((e) => [(e as { id: string }).id, (e as { value?: unknown }).value]),
  );
}

describe('the my details card', () => {
  it.each([
    ['teams', 'en-GB'],
    ['webchat', 'cy'],
  ] as const)('is a valid Adaptive Card with the remembered details pre-filled (%s, %s)', (surface, locale) => {
    const card = buildMyDetailsCard({ remembered, roleChoices }, context(surface, locale));
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(inputs(card)).toEqual({
      [DETAILS_INPUT_IDS.role]: 'pastoral',
      [DETAILS_INPUT_IDS.organisation]: 'Exampleshire Youth Club',
      [DETAILS_INPUT_IDS.phone]: '07700 900123',
    });
    const actions = card.actions ?? [];
    expect(actions.map((a) => a.type)).toEqual(
      surface === 'teams' ? ['Action.Execute', 'Action.Execute'] : ['Action.Submit', 'Action.Submit'],
    );
    expect(actions.map((a) => ('data' in a ? a.data.verb : undefined))).toEqual(['details.save', 'details.forget']);
    expect(card.fallbackText).toContain(
      locale === 'cy' ? 'Staff bugeiliol neu ddiogelu' : 'Pastoral or safeguarding staff',
    );
  });

  it('shows an organisation the configuration gives as text, not an input, with its area', () => {
    const view: MyDetailsView = { roleChoices, organisationName: 'Ysgol Enghraifft', area: 'wales' };
    const card = buildMyDetailsCard(view, context('teams', 'cy'));
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(Object.keys(inputs(card))).toEqual([DETAILS_INPUT_IDS.role, DETAILS_INPUT_IDS.phone]);
    expect(detailsLines(view, strictTranslate('cy'))).toEqual([
      'Rôl: heb ei roi',
      'Sefydliad: Ysgol Enghraifft (o osodiadau eich sefydliad, felly dw i ddim yn gofyn amdano)',
      "Rhif i'ch ffonio'n ôl: heb ei roi",
      'Ardal: Cymru (o osodiadau eich sefydliad)',
    ]);
  });
});
