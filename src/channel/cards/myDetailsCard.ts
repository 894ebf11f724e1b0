/**
 * `my details`: the role, organisation and call-back number remembered for this person, every one
 * an input pre-filled with what is remembered, with Save and Forget. What the organisation's set-up
 * gives is shown as text (it is not asked, so not changed here). Action.Execute in Teams,
 * Action.Submit in web chat; the fallback text lists the details for a client without cards.
 */
import { qualify } from '../../flows/keys';
import { DETAILS_INPUT_IDS, type MyDetailsView } from '../../reporterDetails/view';
import { cardAction, VERBS } from './actions';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { cardLanguage, type CardContext } from './questionCard';

/** The details as lines of text (the card's fallback, and the typed view in any client). */
export function detailsLines(view: MyDetailsView, t: CardContext['t']): string[] {
  const remembered = view.remembered;
  const notGiven = t('common:details.notGiven');
  const role = view.roleChoices.find((choice) => choice.value === remembered?.role);
  return [
    t('common:details.role', { role: role ? t(role.labelKey) : notGiven }),
    view.organisationName
      ? t('common:details.organisationFromSetUp', { organisation: view.organisationName })
      : t('common:details.organisation', { organisation: remembered?.organisation ?? notGiven }),
    t('common:details.phone', { phone: remembered?.phone ?? notGiven }),
    ...(view.area ? [t('common:details.area', { area: t(qualify(`nations.${view.area}`)) })] : []),
  ];
}

export function buildMyDetailsCard(view: MyDetailsView, context: CardContext): AdaptiveCard {
  const { t } = context;
  const remembered = view.remembered;
  const body: CardElement[] = [
    { type: 'TextBlock', text: t('common:details.title'), weight: 'bolder', style: 'heading', wrap: true },
    { type: 'TextBlock', text: t(remembered ? 'common:details.intro' : 'common:details.none'), wrap: true },
    {
      type: 'Input.ChoiceSet',
      id: DETAILS_INPUT_IDS.role,
      label: t(qualify('q.role.label')),
      style: 'compact',
      choices: view.roleChoices.map((choice) => ({ title: t(choice.labelKey), value: choice.value })),
      ...(remembered?.role ? { value: remembered.role } : {}),
    },
  ];
  if (view.organisationName)
    body.push({
      type: 'TextBlock',
      text: t('common:details.organisationFromSetUp', { organisation: view.organisationName }),
      wrap: true,
    });
  else
    body.push({
      type: 'Input.Text',
      id: DETAILS_INPUT_IDS.organisation,
      label: t(qualify('q.organisation.label')),
      maxLength: 120,
      ...(remembered?.organisation ? { value: remembered.organisation } : {}),
    });
  body.push({
    type: 'Input.Text',
    id: DETAILS_INPUT_IDS.phone,
    label: t(qualify('q.contactNumber.label')),
    style: 'tel',
    maxLength: 40,
    ...(remembered?.phone ? { value: remembered.phone } : {}),
  });
  if (view.area)
    body.push({
      type: 'TextBlock',
      text: t('common:details.area', { area: t(qualify(`nations.${view.area}`)) }),
      wrap: true,
    });
  body.push({ type: 'TextBlock', text: t('common:details.typed'), isSubtle: true, wrap: true });
  return adaptiveCard(body, {
    actions: [
      cardAction(context.surface, t('common:details.save'), { verb: VERBS.detailsSave }, 'positive'),
      cardAction(context.surface, t('common:details.forget'), { verb: VERBS.detailsForget }, 'destructive'),
    ],
    fallbackText: [t('common:details.title'), ...detailsLines(view, t)].join('\n'),
    speak: t('common:details.title'),
    lang: cardLanguage(context.locale),
  });
}
