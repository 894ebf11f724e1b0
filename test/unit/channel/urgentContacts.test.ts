/** Wales's own helplines in the urgent contacts for Welsh readers and for anyone in Wales (issue 21). */
import { createLocalizer } from '../../../src/i18n/i18n';
import type { SupportedLocale } from '../../../src/i18n/locale';
import type { RenderContext } from '../../../src/channel/render';
import { urgentContactsText } from '../../../src/channel/urgentContacts';

const localizer = createLocalizer();

function ctx(locale: SupportedLocale): RenderContext {
  return {
    t: localizer.t(locale),
    locale,
    surface: 'webchat',
    retentionYears: 7,
    outOfHoursContact: localizer.t(locale)('common:defaults.outOfHours'),
    thresholdDocumentName: 'the local threshold document',
  };
}

const WALES_NUMBERS = ['080880 23456', '84001', 'meic.cymru', '0800 132 737', '81066', '0808 80 10 800'];

describe('the urgent contacts', () => {
  it('give a Welsh reader Meic, C.A.L.L., Byw Heb Ofn and GIG 111 Cymru (option 2)', () => {
    const text = urgentContactsText(ctx('cy'), true);
    for (const number of WALES_NUMBERS) expect(text).toContain(number);
    expect(text).toContain('GIG 111 Cymru, pwyso 2');
    expect(text).toContain('Byw Heb Ofn');
    expect(text).toContain('Tîm Dyletswydd Brys eich awdurdod lleol');
  });

  it('give an English reader in Wales the same lines, in English', () => {
    const text = urgentContactsText(ctx('en-GB'), false, true);
    for (const number of WALES_NUMBERS) expect(text).toContain(number);
    expect(text).toContain('NHS 111 Wales (GIG 111 Cymru), press 2');
    expect(text).toContain('Live Fear Free');
  });

  it('give an English reader not known to be in Wales NHS 111 and no Welsh lines', () => {
    const text = urgentContactsText(ctx('en-GB'), true);
    expect(text).toContain('NHS 111, option 2');
    for (const number of WALES_NUMBERS) expect(text).not.toContain(number);
  });
});
