/**
 * Issue 21 items 1-2: ordinary Welsh raises no false alarm, and Welsh as it is written is read:
 * mutation collisions, negation into "bod" clauses, combinations about the same people and act,
 * contractions, colloquial negatives and spellings, and Welsh mixed with English.
 */
import { assessText, assessTextWith, compareLevels } from '../../../src/risk';
import { defaultCompiledLexicons } from '../../../src/risk/lexiconFile';
import { WELSH_MUTATION_COLLISIONS } from '../../../src/risk/welshCollisions';
import { welshMutations } from '../../../src/risk/welshMutation';
import { southernPlural } from '../../../src/risk/compile';

const phrases = (text: string) => assessTextWith(defaultCompiledLexicons(), text, 'cy');

describe('Welsh as it is written', () => {
  describe('the mutation collision list', () => {
    it.each(WELSH_MUTATION_COLLISIONS.map((entry) => [entry.form, entry.from]))(
      'never reads "%s" as a mutated %s',
      (form) => {
        const surfaces = defaultCompiledLexicons().surfaces;
        expect(surfaces.has(form)).toBe(false);
      },
    );

    it('lists real collisions: each form is what mutation would make of its risk word, or its accent-folded form', () => {
      expect(welshMutations('gwn')).toContain('wn');
      expect(welshMutations('dad')).toContain('nad');
      expect('hŷn'.normalize('NFKD').replace(/\p{M}/gu, '')).toBe('hyn');
    });

    it('still reads the radical risk words themselves', () => {
      expect(phrases('Mae ganddo gwn yn ei fag').level).toBe('immediate');
      expect(
        compareLevels(phrases("Mae hi'n mynd gyda dyn llawer hŷn mewn car").level, 'urgent'),
      ).toBeGreaterThanOrEqual(0);
    });
  });

  // Everyday Welsh from issue 21, and more of the same kind: none is urgent or immediate.
  it.each([
    'Wn i ddim pam ond mae ei mam yn aros tu allan',
    'Roedd seremoni arbennig yn y capel ddydd Sul',
    "Mae hi'n bwrw glaw ac mae ei mam yn curo ar y drws",
    "Roedd y plant yn curo dwylo i'w mam yn y cyngerdd",
    "Dywedodd nad yw hi eisiau mynd i'r clwb",
    "Mae hyn yn bwysig i'r dosbarth i gyd",
    "Mae'r dyn hyn yn dod i drwsio'r boeler",
    "Mae hi'n siarad am farw ei dad-cu",
    "Does dim arwydd ei bod hi'n hunan-niweidio",
    "Wn i ddim os ydi o'n dod heddiw",
  ])('raises no alarm for everyday Welsh: "%s"', (text) => {
    expect(phrases(text).level).toBe('none');
    expect(compareLevels(assessText(text, 'cy').level, 'urgent')).toBeLessThan(0);
  });

  it('reads the southern spoken plural (-e for -au, -ie for -iau), but not in short words', () => {
    expect(southernPlural('toriadau')).toBe('toriade');
    expect(southernPlural('breichiau')).toBe('breichie');
    expect(southernPlural('iau')).toBeUndefined();
    expect(phrases('Toriade newydd ar ei choese hi').level).toBe('urgent');
    expect(phrases('Mae hi wedi cael dydd Iau hir').level).toBe('none');
  });

  it('reads a lesson named before a disclosure about the child as the time, not the topic', () => {
    expect(phrases('Gwers nofio - toriade ffres ar ei breichie').level).toBe('urgent');
    expect(
      assessTextWith(defaultCompiledLexicons(), 'Romeo and Juliet both kill themselves at the end of the play', 'en-GB')
        .level,
    ).toBe('none');
  });

  it('carries a negation into a "bod" clause, and only there', () => {
    expect(phrases("Does dim arwydd ei bod hi'n hunan-niweidio").level).toBe('none');
    expect(phrases("Does dim arwydd o hynny ond mae hi'n hunan-niweidio").level).toBe('urgent');
  });

  it('needs the hitting to be done to someone, not to a door', () => {
    expect(phrases('Mae ei thad yn curo ar y drws bob bore').level).toBe('none');
    expect(phrases('Mae ei thad yn ei churo hi').level).toBe('urgent');
  });

  it.each([
    ["Mae hi wedi bod yn brifo'i hun", 'urgent'],
    ["Mae e wedi bod yn torri'i hun", 'urgent'],
    ["Mae e'n curo'i fam", 'urgent'],
    ["Dwi'm isho byw", 'urgent'],
    ["Mae o isho gwneud amdano'i hun", 'urgent'],
    ['Mae e wedi overdosio', 'immediate'],
    ["Bydd e'n fy lladd i os af i adre heno", 'immediate'],
    ['Mae hi wedi cael cweir gan ei llystad', 'urgent'],
  ])('reads "%s" as %s', (text, level) => {
    expect(phrases(text).level).toBe(level);
  });
});

describe('an explanation after the event lowers what it explains, never a severity signal', () => {
  it('lowers a faint explained away to a concern the DSL still sees, in English and Welsh', () => {
    expect(
      assessTextWith(
        defaultCompiledLexicons(),
        'Y9 girl fainted in the heat at sports day. Came round straight away and mum is with her.',
        'en-GB',
      ).level,
    ).toBe('concern');
    expect(phrases('Mae hi wedi llewygu yn y gwres. Dod ati ei hun yn syth, dim pryder.').level).toBe('concern');
  });

  it('keeps the same words urgent without the explanation', () => {
    expect(assessTextWith(defaultCompiledLexicons(), 'Y9 girl fainted in the heat at sports day.', 'en-GB').level).toBe(
      'urgent',
    );
  });

  it('keeps immediate danger immediate whatever follows', () => {
    expect(
      assessTextWith(
        defaultCompiledLexicons(),
        'He is unconscious and not breathing. Mum explained he has epilepsy, she is fine with it.',
        'en-GB',
      ).level,
    ).toBe('immediate');
  });
});

describe('an innocent word in the message never cancels a severity signal', () => {
  it('keeps a deep cut that will not stop bleeding immediate when the room and the stationery are named', () => {
    expect(phrases('She cut herself deeply with a compass in the art room and it will not stop bleeding').level).toBe(
      'immediate',
    );
    expect(
      assessText('She cut herself deeply with a compass in the art room and it will not stop bleeding', 'en-GB').level,
    ).toBe('immediate');
  });
});
