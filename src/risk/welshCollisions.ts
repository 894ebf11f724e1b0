/**
 * Welsh mutation collisions: a mutated form of a risk word that is also an everyday Welsh word.
 * "wn" is soft-mutated "gwn" (gun) but also "(gw)n i" (I know); "nad" is nasal-mutated "dad" but
 * also "nad" (that … not). Mutation handling never generates these, so ordinary Welsh never reads
 * as risk. The radical forms themselves ("gwn") are still read, except a radical that folds into an
 * everyday word once accents go ("môr" → "mor"): only its phrases are read ("y môr"). Each entry says
 * why; test/unit/risk/reading/welshReading.ts checks the lexicons and the frames never read these forms.
 */
export const WELSH_MUTATION_COLLISIONS: ReadonlyArray<{
  readonly form: string;
  readonly from: string;
  readonly everyday: string;
}> = [
  { form: 'wn', from: 'gwn (gun)', everyday: '"wn i ddim" — I don\'t know' },
  { form: 'nad', from: 'dad (dad)', everyday: '"nad yw" — that … is not' },
  { form: 'hyn', from: 'hŷn (older), once accents are folded', everyday: '"hyn" — this' },
  { form: 'mor', from: 'môr (sea), once accents are folded', everyday: '"mor" — so, as ("mor flinedig")' },
  { form: 'math', from: 'bath (bath), nasal mutation', everyday: '"math" — kind, sort; English "math"' },
  { form: 'fath', from: 'bath (bath), soft mutation', everyday: '"dim byd o\'r fath" — nothing of the kind' },
  { form: 'gweir', from: 'cweir (a beating), soft mutation', everyday: '"gweir" — hay, grass' },
  { form: 'ger', from: 'cer (go!), soft mutation', everyday: '"ger y drws" — near the door' },
  {
    form: 'ryw',
    from: 'rhyw (sex), soft mutation',
    everyday: '"am ryw reswm" — for some reason; "ryw ddau" — some two',
  },
  { form: 'gwbl', from: 'cwbl (all of it), soft mutation', everyday: '"dim o gwbl" — not at all' },
];

/** Forms that mutation must never produce. */
export function mutationCollisions(): ReadonlySet<string> {
  return new Set(WELSH_MUTATION_COLLISIONS.map((entry) => entry.form));
}

/**
 * Everyday Welsh phrases that hold a risk word read correctly (a mutated "taro", "curo", a place word), but mean
 * something ordinary: "mae'n fy nharo i bod" is "it strikes me that", "ar y trac" at sports day is the running track.
 * The lexicon reads each as everyday Welsh (an idiom or a narrower phrase, `locales/cy/risk-lexicon.json`), and
 * test/unit/risk/reading/welshReading.ts checks that the everyday sentence reads `none` and the risk one is still read.
 */
export const WELSH_PHRASE_COLLISIONS: ReadonlyArray<{
  readonly words: string;
  readonly wouldRead: string;
  readonly everyday: string;
  readonly risk: string;
}> = [
  {
    words: 'fy nharo i bod',
    wouldRead: 'hitting me (nasal-mutated "taro")',
    everyday: "Mae'n fy nharo i bod angen mwy o amser darllen ar Bl 4.",
    risk: "Mae o'n fy nharo i bob nos.",
  },
  {
    words: 'ar y trac',
    wouldRead: 'on the railway track (a high place)',
    everyday: 'Angen dau aelod o staff ar y trac ar gyfer y ras gyfnewid.',
    risk: "Mae hi'n eistedd ar y trac rheilffordd ger y bont.",
  },
  {
    words: 'ei churo yn y ras',
    wouldRead: 'beating her (soft-mutated "curo")',
    everyday: 'Cafodd hi ei churo gan hogan o Ysgol y Garth yn y ras 100m.',
    risk: 'Cafodd hi ei churo gan ei llystad ar ôl y gêm.',
  },
  {
    words: "wedi'u curo nhw 4-2",
    wouldRead: 'beating them',
    everyday: "Ni wedi'u curo nhw 4-2 heddiw!",
    risk: "Mae ei llystad wedi'u curo nhw eto neithiwr.",
  },
  {
    words: 'ei chicio ar y pad',
    wouldRead: 'kicking her',
    everyday: "Jiwdo amser cinio: nath o ei chicio hi'n galed ar y pad.",
    risk: 'Nath ei brawd hŷn ei chicio hi ar y llawr.',
  },
  {
    words: "ei fwrw'n fyr o wynt",
    wouldRead: 'hitting him',
    everyday: "Cafodd o ei fwrw'n fyr o wynt mewn sgrym.",
    risk: 'Mae ei dad yn ei fwrw fo bob penwythnos.',
  },
  {
    words: "taro'i ben yn erbyn ffrind",
    wouldRead: 'banging his head (self-harm)',
    everyday: "Trwyn gwaedlyd ar ôl taro'i ben yn erbyn ffrind yn y pwll.",
    risk: "Mae o'n taro'i ben yn erbyn y wal drosodd a throsodd.",
  },
  {
    words: 'neb wedi ei brifo',
    wouldRead: 'hurting him or her',
    everyday: 'Neb wedi ei brifo yn y gwynt mawr neithiwr.',
    risk: 'Mae ei mam wedi ei brifo hi eto.',
  },
  {
    words: 'trwydded dryll',
    wouldRead: 'a gun held',
    everyday: 'Mae ei daid yn ffermwr efo trwydded dryll ar gyfer y cadnoid.',
    risk: 'Mae ganddo dryll yn ei fag.',
  },
  {
    words: "wedi'u cloi yn y cwpwrdd",
    wouldRead: 'locking someone in',
    everyday: "Mae'r cyllyll newydd wedi'u cloi yn y cwpwrdd yn yr adran.",
    risk: 'Mae ei llysfam yn ei chloi hi yn y cwpwrdd dan grisiau.',
  },
  {
    words: "stryd wedi'i llosgi",
    wouldRead: 'burning her',
    everyday: "Llun o'r stryd wedi'i llosgi ar ôl y bomio yn 1941.",
    risk: 'Mae o wedi ei llosgi hi efo sigarét.',
  },
  {
    words: "mynd i briodi … pan dw i'n fawr",
    wouldRead: 'a forced marriage',
    everyday: "Medda L (Derbyn): 'fi'n mynd i briodi Mr P pan fi'n fawr'.",
    risk: 'Mae ei theulu yn ei gorfodi i briodi dyn yn yr haf.',
  },
  {
    words: 'lladd eu hunain yn adolygu',
    wouldRead: 'killing themselves',
    everyday: 'Bl 13 yn lladd eu hunain yn adolygu ar gyfer y papur cemeg.',
    risk: "Mae o'n dweud ei fod o am ladd ei hun.",
  },
  {
    words: "bora 'ma",
    wouldRead: 'a weapon ("bora", slang for a blade) held by whoever is named before it',
    everyday: "Ges i alwad gan y tri rhiant bora 'ma.",
    risk: "Mae o'n cario bora yn ei fag i'r dre.",
  },
  {
    words: 'y peth oedd yn fy nharo i oedd',
    wouldRead: 'hitting me (nasal-mutated "taro")',
    everyday: "Y peth oedd yn fy nharo i oedd faint o blant sy'n blino.",
    risk: "Mae o'n fy nharo i bob nos.",
  },
  {
    words: 'Natsïaid',
    wouldRead: 'radicalisation, named bare (history is not)',
    everyday: "Taid K yn cofio'r Natsïaid yn bomio Abertawe.",
    risk: "Mae o'n rhannu memes Natsïaidd efo'r dosbarth.",
  },
  {
    // s10-W: "o" is "he" (north) and "of / from"; the pronoun is read only right before "(wedi / yn) ar goll".
    words: 'o bethau ar goll',
    wouldRead: 'someone missing ("o", he, is also "of")',
    everyday: 'Cwpwl o bethau ar goll ar ôl y gwersyll: hwdi glas ac un esgid.',
    risk: 'Mae o ar goll ers neithiwr a neb yn ateb y ffôn adra.',
  },
  {
    // s10-W: FGM is "cael ei thorri" (her, aspirate); "ei dorri" (his or its, soft) is a cut or a break.
    words: 'cael ei dorri',
    wouldRead: 'FGM ("cael ei thorri", her being cut)',
    everyday: 'Hogyn wedi cael ei dorri uwch ei lygad gan styden yn y sgrym.',
    risk: "Mae hi'n mynd i gael ei thorri yn yr haf, medde'i chyfnither.",
  },
];
