/**
 * A second batch written after the reader was changed for the first fresh batch, scored once before
 * any further change. First sight: 5 of 12 read exactly; 36 of 43 expected facts found (recall 84%),
 * 3 facts not stated (precision 92%). Misses: "divorcing", a sister's CAMHS read as the child's, a
 * mother's exit and the child's drinking joined across a comma, "sofa surfing", "nurse at school",
 * "ers i'w nain farw", "ei mam yn isel", "ers mis Ionawr" read as a month long. The reader was
 * changed for each; no expectation was changed.
 */
import type { AccountCase } from './accountCase';

const c = (
  voice: AccountCase['voice'],
  locale: AccountCase['locale'],
  text: string,
  facts: AccountCase['facts'],
): AccountCase => ({ voice, locale, text, facts });

export const SECOND_FRESH_ACCOUNTS: readonly AccountCase[] = [
  c(
    'teacher',
    'en-GB',
    "Year 6 boy, very anxious about moving up to secondary, bites his nails till they bleed. Mum and dad are divorcing. I suspect he's picking up on a lot at home.",
    {
      needs: ['anxiety-low-mood'],
      homeContext: ['changes'],
      yearGroup: 'year-6',
      opinions: ["I suspect he's picking up on a lot at home."],
    },
  ),
  c(
    'teacher',
    'en-GB',
    'S has been refusing to come into school for three weeks. She is not known to any services. Her older sister is under CAMHS.',
    {
      needs: ['attendance-ebsa'],
      howLong: 'weeks',
      initials: 'S',
    },
  ),
  c(
    'teacher',
    'en-GB',
    "Excluded twice this half term for fighting. EHCP for ADHD. Social care closed last year. He told me 'nobody wants me anywhere'.",
    {
      needs: ['behaviour', 'neurodevelopmental'],
      education: ['exclusion'],
      diagnosis: ['ADHD'],
      involved: ['social-care'],
      childWords: ['nobody wants me anywhere'],
    },
  ),
  c('youth worker', 'en-GB', 'hes 17, sofa surfing since his mum kicked him out, drinking most nights. no gp', {
    needs: ['substance-use', 'family-support'],
    age: 17,
    howOften: 'often',
  }),
  c(
    'youth worker',
    'en-GB',
    'she was referred to camhs in june, still waiting. getting more tearful each week at group',
    {
      needs: ['anxiety-low-mood'],
      deterioration: 'worse',
      involved: ['camhs-waiting'],
    },
  ),
  c(
    'youth worker',
    'en-GB',
    'yp says shes fine but i reckon shes not eating, looks really thin. nurse at school knows',
    {
      needs: ['eating'],
      involved: ['school-nurse'],
      opinions: ['yp says shes fine but i reckon shes not eating, looks really thin.'],
    },
  ),
  c('teacher', 'cy', "Mae o'n cael trafferth cysgu ers i'w nain farw fis diwethaf. Mae o wedi blino'n lân bob bore.", {
    needs: ['sleep', 'bereavement'],
    homeContext: ['bereavement'],
    howOften: 'often',
  }),
  c(
    'teacher',
    'cy',
    "Mae hi ar amserlen lai ers mis Ionawr ac mae hi'n derbyn cefnogaeth gan y nyrs ysgol. Mae'n debyg ei bod hi'n gorbryderus.",
    {
      needs: ['anxiety-low-mood'],
      education: ['part-time'],
      involved: ['school-nurse'],
      opinions: ["Mae'n debyg ei bod hi'n gorbryderus."],
    },
  ),
  c(
    'teacher',
    'cy',
    'Mae ei lystad newydd yn gweiddi arno fo. Does dim gweithiwr cymdeithasol. Mae ei ymddygiad wedi gwaethygu.',
    {
      needs: ['behaviour'],
      homeContext: ['changes'],
      deterioration: 'worse',
    },
  ),
  c('youth worker', 'cy', "mae hi'n 16 a ddim mewn addysg ers yr haf. dwi'n amau bod hi'n cael ei hecsbloetio", {
    education: ['missing-education'],
    age: 16,
    opinions: ["dwi'n amau bod hi'n cael ei hecsbloetio"],
  }),
  c('youth worker', 'cy', "mae o wedi bod ar y rhestr aros CAMHS ers 5 mis a dyw e ddim yn dod i'r clwb rhagor", {
    involved: ['camhs-waiting'],
    camhsWait: { text: '5 mis', months: 5 },
  }),
  c('youth worker', 'cy', 'meddai hi "dw i ddim yn gallu stopio crio". mae ei mam yn isel hefyd', {
    needs: ['anxiety-low-mood'],
    homeContext: ['parent-mental-health'],
    childWords: ['dw i ddim yn gallu stopio crio'],
  }),
];
