/**
 * A typical case, answered four ways: tapping card values, typing option numbers, typing the
 * options' English words, and typing Welsh words. Synthetic child: initials J.B., Year 8.
 * A worried teacher: anxiety and not coming to school, getting worse, the school nurse involved.
 */
export interface TypicalAnswer {
  node: string;
  /** The card submit: selected values and/or text. */
  card: { values: string[]; text?: string };
  number: string;
  english: string;
  welsh: string;
}

export const TYPICAL_CASE: readonly TypicalAnswer[] = [
  { node: 'immediateDanger', card: { values: ['no'] }, number: '1', english: 'No', welsh: 'Nac ydy' },
  {
    node: 'needs',
    card: { values: ['anxiety-low-mood', 'attendance-ebsa'] },
    number: '1, 5',
    english: 'Worry, anxiety or low mood, finding it hard to come to school',
    welsh: 'Poeni, gorbryder neu hwyliau isel; cael trafferth dod i’r ysgol',
  },
  {
    node: 'noticed',
    card: { values: [], text: 'Crying in maths on Monday and Tuesday; says she cannot sleep.' },
    number: 'Crying in maths on Monday and Tuesday; says she cannot sleep.',
    english: 'Crying in maths on Monday and Tuesday; says she cannot sleep.',
    welsh: 'Crying in maths on Monday and Tuesday; says she cannot sleep.',
  },
  {
    node: 'childWords',
    card: { values: [], text: 'I just can’t face it' },
    number: 'I just can’t face it',
    english: 'I just can’t face it',
    welsh: 'I just can’t face it',
  },
  { node: 'selfHarm', card: { values: ['none'] }, number: '1', english: 'no', welsh: 'na' },
  { node: 'suicidalThoughts', card: { values: ['none'] }, number: '1', english: 'no', welsh: 'nac ydy' },
  { node: 'harmDisclosure', card: { values: ['none'] }, number: '1', english: 'no', welsh: 'nac ydy' },
  { node: 'exploitation', card: { values: ['none'] }, number: '1', english: 'none', welsh: 'dim' },
  { node: 'missing', card: { values: ['no'] }, number: '1', english: 'no', welsh: 'nac ydy' },
  { node: 'childReference', card: { values: [], text: 'J.B.' }, number: 'J.B.', english: 'J.B.', welsh: 'J.B.' },
  { node: 'age', card: { values: ['year-8'] }, number: 'Y8', english: 'Year 8', welsh: 'Blwyddyn 8' },
  { node: 'area', card: { values: ['england'] }, number: '1', english: 'England', welsh: 'Lloegr' },
  {
    node: 'duration',
    card: { values: ['months-often'] },
    number: '6',
    english: 'for a few months, most days',
    welsh: 'ers ychydig fisoedd, y rhan fwyaf o ddyddiau',
  },
  { node: 'deterioration', card: { values: ['worse'] }, number: '1', english: 'yes', welsh: 'ydyn' },
  {
    node: 'education',
    card: { values: ['persistent-absence'] },
    number: '4',
    english: 'often absent',
    welsh: 'yn aml yn absennol',
  },
  { node: 'homeContext', card: { values: ['none'] }, number: '1', english: 'nothing', welsh: 'dim byd' },
  { node: 'involved', card: { values: ['school-nurse'] }, number: '8', english: 'school nurse', welsh: 'nyrs ysgol' },
  {
    node: 'consent',
    card: { values: ['aware-consents'] },
    number: '1',
    english: 'they know and agree',
    welsh: "ydyn, ac maen nhw'n cytuno",
  },
  { node: 'role', card: { values: ['teacher'] }, number: '1', english: 'teacher', welsh: 'athro neu athrawes' },
  { node: 'organisation', card: { values: [] }, number: 'skip', english: 'skip', welsh: 'hepgor' },
  {
    node: 'contactNumber',
    card: { values: [], text: '01632 960123' },
    number: '01632 960123',
    english: '01632 960123',
    welsh: '01632 960123',
  },
];

export const CONFIRM = { card: { values: ['confirm'] }, number: '1', english: 'log it', welsh: 'ie' } as const;

export type AnswerWay = 'card' | 'number' | 'english' | 'welsh';
