import { GAP, tokenize, type TokenizeOptions } from '../../../src/risk/tokenize';

const plain: TokenizeOptions = { spellings: new Map(), clitics: new Map(), clauseBreakers: new Set() };
const welsh: TokenizeOptions = {
  spellings: new Map([['wanna', ['want', 'to']]]),
  clitics: new Map([
    ['n', 'yn'],
    ['r', 'yr'],
  ]),
  clauseBreakers: new Set(['but']),
};

const forms = (text: string, options: TokenizeOptions = plain): string[] =>
  tokenize(text, options).map((token) => token.form);

describe('tokenize', () => {
  it('lower-cases and folds accents, full-width and mathematical letters', () => {
    expect(forms('Tŷ CAFÉ ＫＩＬＬ 𝐤𝐢𝐥𝐥')).toEqual(['ty', 'cafe', 'kill', 'kill']);
  });

  it('keeps each word’s offsets in the original text, whatever was folded or dropped', () => {
    const text = '  “She DOESN’T”  ki\u200bll <b>me</b> 😢';
    expect(tokenize(text, plain).map((token) => [token.form, text.slice(token.start, token.end)])).toEqual([
      ['she', 'She'],
      ['doesnt', 'DOESN’T'],
      ['kill', 'ki\u200bll'],
      ['me', 'me'],
      ['😢', '😢'],
    ]);
  });

  it('drops zero-width and control characters inside a word instead of splitting it', () => {
    expect(forms('ki\u200bll my\u00adself\u0000')).toEqual(['kill', 'myself']);
  });

  it('drops apostrophes inside words, curly or straight', () => {
    expect(forms("doesn't don’t I’m it&#39;s")).toEqual(['doesnt', 'dont', 'im', 'its']);
  });

  it('splits Welsh clitics after an apostrophe into their own words', () => {
    const tokens = tokenize("mae hi'n dweud, i'r ysgol", welsh);
    expect(tokens.map((token) => token.form)).toEqual(['mae', 'hi', 'yn', 'dweud', 'i', 'yr', 'ysgol']);
    const clitic = tokens[2];
    expect("mae hi'n dweud, i'r ysgol".slice(clitic.start, clitic.end)).toBe("'n");
  });

  it('reads Welsh "\'na" as "yna" (there), never as the negative "na"', () => {
    expect(forms("Mae 'na gleisiau, oes ’na rywun")).toEqual(['mae', 'yna', 'gleisiau', 'oes', 'yna', 'rywun']);
    expect(forms('Na, dim byd. Dwi na fo ddim')).toEqual(['na', 'dim', 'byd', 'dwi', 'na', 'fo', 'ddim']);
  });

  it('reads a word the same however it mixes plain letters with capitals, runs, folds and clitics', () => {
    // Plain ASCII words are sliced from the text; any other word is built letter by letter: both must agree.
    const text = "SHE's KiLLLLing HERSELF ﬁne Naïve hi'n";
    expect(
      tokenize(text, welsh).map((token) => [token.form, text.slice(token.start, token.end), token.elongated]),
    ).toEqual([
      ['shes', "SHE's", false],
      ['killling', 'KiLLLLing', true],
      ['herself', 'HERSELF', false],
      ['fine', 'ﬁne', false],
      ['naive', 'Naïve', false],
      ['hi', 'hi', false],
      ['yn', "'n", false],
    ]);
  });

  it('caps a letter repeated many times at three and marks the word elongated', () => {
    const [token] = tokenize('sooooooooooo', plain);
    expect(token.form).toBe('sooo');
    expect(token.elongated).toBe(true);
  });

  it('folds leetspeak inside words but not school years, times or amounts', () => {
    expect(forms('k1ll mys3lf su1cide d13')).toEqual(['kill', 'myself', 'suicide', 'die']);
    expect(forms('y7 yr10 20mg 5pm 3rd 2024')).toEqual([
      'y',
      '7',
      'yr',
      '10',
      '20',
      'mg',
      '5',
      'pm',
      '3',
      'rd',
      '2024',
    ]);
  });

  it('never folds a year group or a form group into a word (s9-D): "Bl10" is not "blio"', () => {
    expect(forms('bl10 fl8 ml10 blwyddyn11 y10s ca2 ks4')).toEqual([
      'bl',
      '10',
      'fl',
      '8',
      'ml',
      '10',
      'blwyddyn',
      '11',
      'y',
      '10',
      'ca',
      '2',
      'ks',
      '4',
    ]);
    expect(forms('10B 7R 9X4')).toEqual(['10b', '7r', '9x4']);
    expect(forms('s3x 5ex d13')).toEqual(['sex', 'sex', 'die']);
  });

  it('joins letters typed one at a time, but not initials', () => {
    expect(forms('i want to d i e')).toEqual(['i', 'want', 'to', 'die']);
    expect(forms('J.B. is sad')).toEqual(['j', 'b', 'is', 'sad']);
  });

  it('expands spellings into several words that share the original span', () => {
    const tokens = tokenize('i wanna go', welsh);
    expect(tokens.map((token) => token.form)).toEqual(['i', 'want', 'to', 'go']);
    expect(tokens[1].start).toBe(tokens[2].start);
    expect(tokens[2].gapBefore).toBe(GAP.joined);
  });

  it('skips HTML tags but keeps "<i want to die>" as words', () => {
    expect(forms('<p class="x">hello</p><br/>there')).toEqual(['hello', 'there']);
    expect(forms('<i want to die>')).toEqual(['i', 'want', 'to', 'die']);
  });

  it('makes each emoji a word of its own', () => {
    expect(forms('lol😂💀ok')).toEqual(['lol', '😂', '💀', 'ok']);
  });

  it('numbers sentences and clauses from punctuation and clause words', () => {
    const tokens = tokenize('No self-harm, but sad. Is she ok? Yes: fine', welsh);
    const by = (form: string) => tokens.find((token) => token.form === form);
    expect(by('self')?.clause).toBe(by('harm')?.clause);
    expect(by('but')?.clause).not.toBe(by('harm')?.clause);
    expect(by('sad')?.sentence).toBe(by('no')?.sentence);
    expect(by('is')?.sentence).toBe((by('sad')?.sentence ?? 0) + 1);
    expect(by('yes')?.gapBefore).toBe(GAP.question);
    expect(by('fine')?.gapBefore).toBe(GAP.colon);
  });

  it('does not end a sentence at an initial or inside a number', () => {
    const tokens = tokenize('J. B. scored 3.5 today', plain);
    expect(new Set(tokens.map((token) => token.sentence)).size).toBe(1);
  });

  it('cuts a run-on text into bounded sentences', () => {
    const tokens = tokenize('word '.repeat(200), plain);
    expect(Math.max(...tokens.map((token) => token.sentence))).toBeGreaterThanOrEqual(3);
  });

  it('survives lone surrogates, control characters and empty input', () => {
    expect(forms('')).toEqual([]);
    expect(forms('\ud800\udfff\u0001')).toEqual([]);
    expect(forms('a\ud800b')).toEqual(['a', 'b']);
  });
});
