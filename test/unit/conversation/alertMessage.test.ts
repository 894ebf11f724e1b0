/**
 * What the reporter is told when a risk is raised (issue 20, points 1 and 14; issue 16, point 6):
 * one message, first step first, and every sentence about an alert true to what happened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adviceFor, alertMessage, alertStepKey, type AlertFacts } from '../../../src/conversation/alertMessage';
import type { Line } from '../../../src/conversation/model';
import { assessText } from '../../../src/risk';

const ROOT = path.join(__dirname, '..', '..', '..');
type Tree = { [key: string]: string | Tree };
const resources: Record<'en-GB' | 'cy', Record<string, Tree>> = { 'en-GB': {}, cy: {} };
for (const locale of ['en-GB', 'cy'] as const) {
  for (const ns of ['escalation', 'common', 'triage'])
    resources[locale][ns] = JSON.parse(readFileSync(path.join(ROOT, 'locales', locale, `${ns}.json`), 'utf8')) as Tree;
}

/** A strict renderer: a missing key or an unfilled parameter throws. */
function render(lines: Line[], locale: 'en-GB' | 'cy'): string[] {
  const lookup = (key: string): string => {
    const [ns, rest] = key.split(':');
    let node: string | Tree | undefined = resources[locale][ns];
    for (const part of rest.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing ${key} in ${locale}`);
    return node;
  };
  return lines.map((line) => {
    const params: Record<string, string> = {
      ...Object.fromEntries(Object.entries(line.params ?? {}).map(([k, v]) => [k, String(v)])),
      ...Object.fromEntries(Object.entries(line.keyParams ?? {}).map(([k, v]) => [k, lookup(v)])),
    };
    return lookup(line.key).replace(/\{\{(\w+)\}\}/g, (_all, name: string) => {
      if (params[name] === undefined) throw new Error(`${line.key} needs ${name}`);
      return params[name];
    });
  });
}

const SENT: AlertFacts = {
  reference: 'EH-AB12-CD',
  recipientNames: ['Dee Ess-Ell'],
  outOfHours: false,
  outOfHoursContact: undefined,
  phoneOnly: [],
};
const NOBODY: AlertFacts = {
  reference: 'EH-AB12-CD',
  recipientNames: [],
  outOfHours: true,
  outOfHoursContact: undefined,
  phoneOnly: [],
};

describe('the alert message (issue 20, point 1: say what actually happened)', () => {
  it.each(['en-GB', 'cy'] as const)('names whom an alert was sent to (%s)', (locale) => {
    const text = render(alertMessage('urgent', SENT), locale).join('\n');
    expect(text).toContain('Dee Ess-Ell');
    expect(text).toContain('EH-AB12-CD');
  });

  it.each(['en-GB', 'cy'] as const)(
    'with nobody on duty, never says an alert is being sent, and says it waits for the next duty worker (%s)',
    (locale) => {
      for (const level of ['immediate', 'urgent', 'concern'] as const) {
        const text = render(alertMessage(level, NOBODY), locale).join('\n');
        expect(text).not.toMatch(/I am alerting|I've sent this|Dw i'n rhoi gwybod|wedi anfon hwn/);
        expect(text).toMatch(locale === 'cy' ? /Does neb ar ddyletswydd/ : /Nobody is on duty/);
      }
    },
  );

  it('says in the summary what happened: sent, waiting, or nothing at all', () => {
    expect(alertStepKey('sent')).toBe('triage:nextSteps.dutyAlerted');
    expect(alertStepKey('waiting')).toBe('triage:nextSteps.alertWaiting');
    expect(alertStepKey(undefined)).toBeUndefined();
    expect(render([{ key: 'triage:nextSteps.alertWaiting' }], 'en-GB')[0]).toMatch(
      /No duty worker has received the alert yet/,
    );
    for (const locale of ['en-GB', 'cy'] as const) {
      expect(render([{ key: 'triage:end.pausedForDanger' }], locale)[0]).not.toMatch(
        /has been alerted|wedi cael gwybod/,
      );
    }
  });
});

describe('one clear message, the first step first (issue 20, point 14)', () => {
  it.each(['en-GB', 'cy'] as const)(
    'immediate: 999, stay, no secrets, send for the DSL, then the alert, then write it down (%s)',
    (locale) => {
      const lines = alertMessage('immediate', SENT);
      expect(lines.map((line) => line.key)).toEqual([
        'escalation:immediate.call999',
        'escalation:immediate.stay',
        'escalation:immediate.noSecrets',
        'escalation:immediate.sendForDsl',
        'escalation:raised',
        'escalation:immediate.afterwards',
        'escalation:continue',
      ]);
      const text = render(lines, locale);
      expect(text[0]).toMatch(/999/);
      expect(text[5]).toMatch(
        locale === 'cy'
          ? /amser.*eiriau.*beth wnaethoch chi.*wrth bwy/
          : /time.*exact words.*what you did.*whom you told/,
      );
    },
  );

  it.each(['en-GB', 'cy'] as const)(
    'urgent: the alert itself says to tell the DSL now, in person, and not to promise secrecy (%s)',
    (locale) => {
      const text = render(alertMessage('urgent', SENT), locale).join('\n');
      expect(text).toMatch(
        locale === 'cy' ? /PDD.*nawr, wyneb yn wyneb.*pheidiwch ag addo/ : /DSL.*now, in person.*do not promise/,
      );
    },
  );

  it('puts advice called for by the reading inside the same message, before "we can carry on"', () => {
    const keys = alertMessage('urgent', SENT, [{ key: 'escalation:secrecy' }]).map((line) => line.key);
    expect(keys.slice(-3)).toEqual(['escalation:urgent.tellDsl', 'escalation:secrecy', 'escalation:continue']);
  });

  it.each([
    ['en-GB', 'She made me promise not to tell anyone'],
    ['en-GB', 'I promised her I would not tell'],
    ['cy', 'Gwnaeth hi i mi addo peidio â dweud wrth neb'],
  ] as const)('answers a typed promise of secrecy at once (%s: "%s")', (locale, text) => {
    const advice = adviceFor(assessText(text, locale));
    expect(advice).toContainEqual({ key: 'escalation:secrecy' });
    expect(render(advice, locale).join(' ')).toMatch(
      locale === 'cy' ? /Allwch chi ddim cadw hyn yn gyfrinach/ : /You cannot keep this secret/,
    );
  });
});

describe('out-of-hours advice in proportion (issue 16, point 6)', () => {
  it.each(['en-GB', 'cy'] as const)(
    'immediate and urgent keep the strong wording: act yourself now, and the out-of-hours contact (%s)',
    (locale) => {
      for (const level of ['immediate', 'urgent'] as const) {
        const lines = alertMessage(level, NOBODY);
        expect(lines.map((line) => line.key)).toEqual(
          expect.arrayContaining(['escalation:nobodyOnDuty', 'escalation:outOfHours']),
        );
        expect(render(lines, locale).join('\n')).toMatch(
          locale === 'cy' ? /gweithredwch eich hun nawr/ : /act yourself now/,
        );
      }
    },
  );

  it.each(['en-GB', 'cy'] as const)(
    'a concern says it will be seen on the next working day, and that the Emergency Duty Team is for significant harm now (%s)',
    (locale) => {
      const lines = alertMessage('concern', NOBODY);
      expect(lines.map((line) => line.key)).toEqual(['escalation:concernWaiting', 'escalation:concernOutOfHours']);
      const text = render(lines, locale).join('\n');
      expect(text).not.toMatch(/act yourself now|gweithredwch eich hun nawr/);
      expect(text).toMatch(locale === 'cy' ? /diwrnod gwaith nesaf/ : /next working day/);
      expect(text).toMatch(
        locale === 'cy'
          ? /Tîm Dyletswydd Argyfwng.*niwed sylweddol nawr|niwed sylweddol nawr/
          : /Emergency Duty Team is for a child at risk of significant harm now/,
      );
    },
  );
});

describe('a concern about an adult who works with children (issue 20, point 5)', () => {
  it.each([
    ['en-GB', 'A teacher has been messaging a Year 10 girl on Snapchat'],
    ['cy', 'Mae athro wedi bod yn anfon negeseuon at ferch ym mlwyddyn 10 ar Snapchat'],
  ] as const)('is raised, and gets its own route at once (%s)', (locale, text) => {
    const assessment = assessText(text, locale);
    expect(assessment.level).toBe('urgent');
    const advice = adviceFor(assessment);
    expect(advice).toContainEqual({ key: 'escalation:adultConcern' });
    expect(render(advice, locale).join(' ')).toMatch(
      locale === 'cy'
        ? /pennaeth.*LADO.*Peidiwch â dweud wrth yr oedolyn/
        : /headteacher.*LADO.*Do not tell the adult, and do not investigate/,
    );
  });
});

describe('a child missing now is danger now (issue 20, point 7)', () => {
  it.each([
    ['en-GB', 'He is missing right now and nobody knows where he is'],
    ['cy', 'Mae e ar goll nawr a does neb yn gwybod ble mae e'],
  ] as const)('reads "%s" (%s) as immediate', (locale, text) => {
    expect(assessText(text, locale).level).toBe('immediate');
  });
});

describe('the welcome promises only what is true (issue 20, points 1 and 2)', () => {
  it.each(['en-GB', 'cy'] as const)(
    'does not say every risk is sent straight away, and says logging does not replace telling the DSL (%s)',
    (locale) => {
      const text = render([{ key: 'common:welcome.data' }, { key: 'common:welcome.asks' }], locale).join(' ');
      expect(text).not.toMatch(/any risk is sent to the duty worker straight away|unrhyw risg yn cael ei anfon/);
      expect(text).toMatch(
        locale === 'cy'
          ? /os nad oes neb.*ddim yn cymryd lle dweud wrth eich PDD/
          : /if nobody is.*does not replace telling your Designated Safeguarding Lead/,
      );
    },
  );
});
