/**
 * Welsh ways of typing yes, no and "don't know" that the choice labels do not cover. Welsh has no
 * single word for yes or no: the answer echoes the question's verb (ydy/ydi/yndi, oes, do), and
 * north and south differ (ia/ie, nac ydi/nac ydy, dwn i'm/sai'n gwybod). Matched whole, after
 * normalizeWords, like the typed words in the locale files.
 */
const YES = ['ia', 'ie', 'iep', 'ydi', 'yndi', 'ydy', 'ydyn', 'yndyn', 'ydan', 'ydw', 'yndw', 'oes', 'do', 'wrth gwrs'];
const NO = [
  'na',
  'naddo',
  'nage',
  'nac ydi',
  'nag ydi',
  'nac ydy',
  'nag ydy',
  'nac ydyn',
  'nac ydw',
  'nag ydw',
  'nac oes',
  'nag oes',
  'dim',
  'ddim',
];
const DONT_KNOW = [
  "dwn i'm",
  'dwn im',
  'dwn i ddim',
  'wn i ddim',
  "dw i'm yn gwybod",
  "dwi'm yn gwybod",
  'dwi ddim yn gwybod',
  'dw i ddim yn gwybod',
  "sai'n gwybod",
  'sain gwybod',
  "smo fi'n gwybod",
  "sai'n siwr",
  'sain siwr',
  "dwi'm yn siwr",
  'dwi ddim yn siwr',
  'dw i ddim yn siwr',
  'ddim yn siwr',
  'dim yn siwr',
  'dim syniad',
  'dim clem',
];
const MAYBE = ['efallai', 'falle', 'hwyrach', 'ella'];

/** Choice value → the Welsh forms that answer it. "none" takes the no forms: "naddo" to "has she self-harmed?". */
export const WELSH_TYPED_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  yes: YES,
  no: NO,
  none: [...NO, 'dim byd', 'neb'],
  unsure: [...DONT_KNOW, ...MAYBE],
  unknown: DONT_KNOW,
  confirm: ['ia', 'ie', 'ydi', 'yndi', 'ydy', 'iawn', 'cywir'],
  change: ['nac ydi', 'nag ydi', 'nac ydy', 'nag ydy', 'na', 'nage'],
};
