/** Welsh accounts as they are written: mutations, contractions, north and south forms, mixed English. */
import type { AccountCase } from './accountCase';

const teacher = (text: string, facts: AccountCase['facts']): AccountCase => ({
  voice: 'teacher',
  locale: 'cy',
  text,
  facts,
});
const youthWorker = (text: string, facts: AccountCase['facts']): AccountCase => ({
  voice: 'youth worker',
  locale: 'cy',
  text,
  facts,
});

export const WELSH_ACCOUNTS: readonly AccountCase[] = [
  teacher("Mae hi ar restr aros CAMHS ers naw mis ac mae hi'n fwy tawel bob wythnos.", {
    needs: ['anxiety-low-mood'],
    deterioration: 'worse',
    involved: ['camhs-waiting'],
    camhsWait: { text: 'naw mis', months: 9 },
  }),
  teacher("Mae o ar amserlen rhan amser ers iddo gael ei wahardd. Dw i'n meddwl bod angen atgyfeiriad CAMHS arno.", {
    education: ['part-time', 'exclusion'],
    camhsRequested: true,
    opinions: ["Dw i'n meddwl bod angen atgyfeiriad CAMHS arno."],
  }),
  teacher("Mae hi wedi'i gwahardd am dridiau. Mae hi'n gofalu am ei mam sy'n sâl.", {
    needs: ['young-carer'],
    education: ['exclusion'],
    homeContext: ['caring'],
  }),
  teacher('Disgybl blwyddyn 9, presenoldeb isel, tua 60%. Mae hi wedi bod yn crio yn y gwersi.', {
    needs: ['anxiety-low-mood', 'attendance-ebsa'],
    education: ['persistent-absence'],
    yearGroup: 'year-9',
  }),
  teacher("Bachgen 13 oed gydag ADHD. Mae ei ymddygiad yn gwaethygu, mae o'n taflu cadeiriau bob dydd.", {
    needs: ['behaviour', 'neurodevelopmental'],
    diagnosis: ['ADHD'],
    deterioration: 'worse',
    age: 13,
    howOften: 'often',
  }),
  teacher("Dim pryderon am bresenoldeb. Dydy hi ddim ar unrhyw restr aros. Mae hi'n ymddangos yn bryderus.", {
    needs: ['anxiety-low-mood'],
    opinions: ["Mae hi'n ymddangos yn bryderus."],
  }),
  teacher('Bu farw ei thad y llynedd. Mae hi yn yr ysgol fel arfer ond yn dawel iawn.', {
    needs: ['anxiety-low-mood', 'bereavement'],
    education: ['none'],
    homeContext: ['bereavement'],
  }),
  teacher("Mae ei rieni wedi gwahanu ac mae gan mam gariad newydd. Mae o wedi blino drwy'r amser.", {
    needs: ['sleep'],
    homeContext: ['changes'],
    howOften: 'often',
  }),
  teacher('Dywedodd hi "dw i ddim eisiau mynd adref". Mae gweithiwr cymdeithasol yn rhan o bethau.', {
    involved: ['social-care'],
    childWords: ['dw i ddim eisiau mynd adref'],
  }),
  teacher("Mae'r nyrs ysgol wedi'i gweld hi. Dydy hi ddim yn bwyta amser cinio ac mae hi wedi colli pwysau.", {
    needs: ['eating'],
    involved: ['school-nurse'],
  }),
  teacher("Mae o'n cael ei weld gan CAMHS ac mae pethau'n gwella. Mae'r meddyg teulu yn gwybod hefyd.", {
    involved: ['gp', 'camhs'],
    deterioration: 'better',
  }),
  teacher(
    "Mae hi mewn uned cyfeirio disgyblion dri bore'r wythnos. Mae'r tîm troseddau ieuenctid yn gweithio gydag e.",
    {
      education: ['alternative-provision'],
      involved: ['youth-justice'],
    },
  ),
  teacher("Os bydd hi'n cael ei gwahardd eto bydd hi'n colli ei lle. Dydy hi ddim yn hunan-niweidio.", {}),
  teacher("Mae ei dad yn yfed yn drwm a daeth yr heddlu i'r tŷ dros y penwythnos. Mae o'n edrych wedi blino.", {
    needs: ['sleep'],
    homeContext: ['domestic-abuse', 'substance'],
  }),
  teacher("Mae ei dillad yn fudr bron bob dydd ac mae hi'n llwglyd amser egwyl. Tybed a oes rhywun yn ei bwydo hi.", {
    homeContext: ['neglect'],
    howOften: 'often',
    opinions: ['Tybed a oes rhywun yn ei bwydo hi.'],
  }),
  teacher("Mae hi'n aros am asesiad awtistiaeth. Mae hi'n cael ei bwlio gan ferched eraill.", {
    needs: ['neurodevelopmental', 'relationships-bullying'],
    diagnosis: ['aros am asesiad', 'awtistiaeth'],
  }),
  youthWorker('mae hi ar restr aros camhs ers mis medi, mae hin fwy a mwy encilgar', {
    needs: ['anxiety-low-mood'],
    deterioration: 'worse',
    involved: ['camhs-waiting'],
    camhsWait: { text: 'ers mis medi' },
  }),
  youthWorker("dwi'n meddwl fod o'n smocio canabis, mae o'n colli ei dymer yn y clwb bob wythnos", {
    needs: ['behaviour', 'substance-use'],
    opinions: ["dwi'n meddwl fod o'n smocio canabis, mae o'n colli ei dymer yn y clwb bob wythnos"],
  }),
  youthWorker('mae hi\'n 14, meddai hi "mae cariad newydd mam yn gweiddi arna i"', {
    homeContext: ['changes'],
    age: 14,
    childWords: ['mae cariad newydd mam yn gweiddi arna i'],
  }),
  youthWorker("mae ei fam yn dioddef o iselder a fo sy'n edrych ar ôl ei chwaer fach", {
    needs: ['young-carer'],
    homeContext: ['caring', 'parent-mental-health'],
  }),
  youthWorker("mae o'n hongian o gwmpas gyda dynion hŷn, ffôn newydd, a'r YOT yn rhan", {
    needs: ['exploitation'],
    involved: ['youth-justice'],
  }),
  youthWorker('ma hi ddim yn cysgu, hunllefau bob nos ers y tân. cymorth cynnar yn helpu y teulu', {
    needs: ['sleep'],
    involved: ['early-help'],
    howOften: 'often',
  }),
  youthWorker('mae hi wedi bod yn hunan-niweidio ers wythnosau, marciau ar ei breichiau. falle bod angen CAMHS', {
    needs: ['self-harm'],
    howLong: 'weeks',
    camhsRequested: true,
    opinions: ['falle bod angen CAMHS'],
  }),
  youthWorker('mae hi ar amserlen ran-amser a ddim mewn unrhyw ysgol ar ddydd Gwener. presenoldeb yn wael', {
    needs: ['attendance-ebsa'],
    education: ['part-time', 'persistent-absence'],
  }),
  youthWorker("Mixed: mae'r yp on the CAMHS waiting list for 3 months, ac mae hi'n gwaethygu", {
    deterioration: 'worse',
    involved: ['camhs-waiting'],
    camhsWait: { text: '3 months', months: 3 },
  }),
];
