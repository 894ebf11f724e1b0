/**
 * Session 24 (s24-E): risks no English or Welsh phrase read, each beside its everyday twin, which is not raised. A
 * child who went missing on a day, at a time or after school (`missing.now`); a pet or a thing beside the one who went
 * missing is a description, not a third party; a home on fire with a child inside or someone trapped (English
 * `combo.fire-someone-trapped`, `combo.fire-child-inside`, Welsh `cyfuniad.tan-rhywun-yn-gaeth`,
 * `cyfuniad.tan-plentyn-tu-mewn`); the drink-driving combinations are one person's drink and drive (tag `one-doer`),
 * and a drive told as earlier is not raised by a now-cue in the next sentence (`contexts.toldEarlier`). The phrase
 * reading alone. Every sentence is synthetic.
 */
import { expectPhraseLevelIn, readsBelowIn } from './phraseLevel';

const expectEnglish = expectPhraseLevelIn('en-GB');
const expectWelsh = expectPhraseLevelIn('cy');
const below = readsBelowIn('en-GB');

describe('a child who went missing on a day, at a time or after school (missing.now)', () => {
  it.each([
    'Y9 girl went missing on Friday and her phone has been off since.',
    'Our Y8 lad went missing at lunch and nobody has seen him.',
    'She went missing during the match at the weekend and has not come home.',
    'J went missing near the station last night.',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'missing');
  });

  it('reads "went missing after school" with a time today as immediate', () => {
    expectEnglish('T (14) went missing after school yesterday, mum has rung the police.', 'immediate', 'missing');
  });

  it.each([
    // A thing went missing, not a child.
    'The trip money went missing on Friday but turned up in the office.',
    'My charger went missing at lunch, has anyone seen it?',
    'The Y10 coats went missing at the disco and turned up in lost property.',
    // Found at once: a concern on the record at most.
    'Y7 went missing at the museum for about 10 mins, found him in the gift shop.',
    'Scout went missing on the night walk for five minutes, he had stopped to tie his lace.',
    // A miscount: back minutes late.
    'The two who went missing on the Chester trip were in the shops. Ten minutes late back to the coach.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a pet or a thing beside the one who went missing is no third party', () => {
  it.each([
    'The lad with the dog has gone missing.',
    'The girl walking her dog has gone missing from the park.',
    'The boy with the red rucksack has gone missing from the park.',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'missing');
  });

  it("still reads a want to die beside a pet as the child's own", () => {
    expectEnglish('Y8 walking the dog said she wants to die.', 'urgent', 'suicidal-ideation');
  });

  it.each([
    // Someone else who went missing is the child's contextual risk; a pet that went missing is no child.
    'Her cousin with the dog has gone missing.',
    'Her dog has gone missing from the garden.',
    "His nan's dog has gone missing.",
  ])('reads the twin "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });
});

describe('a home on fire with a child inside or someone trapped (combo.fire-*, cyfuniad.tan-*)', () => {
  it.each([
    'The house is on fire and her baby brother is still inside.',
    "flat's on fire, kids upstairs",
    'Kitchen is on fire and the children are still upstairs!',
    "The flat is full of smoke and mum can't get the baby out.",
  ])('reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'immediate-danger');
  });

  it.each([
    "mae'r tŷ ar dân ac mae'r babi dal tu mewn",
    "mae'r fflat ar dân, plant lan llofft",
    "Mae'r gegin ar dân a'r brawd bach yn y gwely.",
  ])('reads the Welsh "%s" immediate', (text) => {
    expectWelsh(text, 'immediate', 'immediate-danger');
  });

  it.each([
    "she's on fire today in netball",
    "he's on fire on FIFA, the kids are upstairs playing",
    'the bonfire was massive last night, kids inside watching from the window',
    'fire drill at 2, children stay inside till the bell',
    'In the novel we read, the house is on fire and the baby is still inside.',
  ])('reads the everyday "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it.each([
    'mae hi ar dân eisiau mynd ar y trip',
    'Noson tân gwyllt yn yr ardd, y plant tu mewn yn gwylio',
    'Ymarfer tân am 2, plant i aros tu mewn',
    'Roedd y tîm ar dân heddiw, plant bach yn y dosbarth yn bloeddio',
  ])('reads the everyday Welsh "%s" below urgent', (text) => {
    expect(below(text, 'urgent', 'cy')).toBe(true);
  });
});

describe('a drunk adult and a sober one who drove (tag one-doer)', () => {
  it.each([
    'Mum was drunk so nan drove the kids home.',
    'Dad had been drinking so I drove the children home myself.',
    'Nan drove the kids home because mum was drunk.',
    'Mum was slurring at pick-up so her friend drove the little ones back.',
  ])('reads "%s" below urgent', (text) => {
    expect(below(text, 'urgent')).toBe(true);
  });

  it('reads the Welsh "nain yrrodd" below urgent', () => {
    expect(below('Roedd mam wedi meddwi felly nain yrrodd y plant adre.', 'urgent', 'cy')).toBe(true);
  });

  it.each([
    "dad's drunk and he's driving them home now",
    "Mum is drunk and her boyfriend is drunk too and he's driving the kids now.",
  ])('still reads "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'neglect');
  });

  it.each([
    'Dad was drunk and drove the kids home.',
    'Mum was drunk and she drove the kids home.',
    'drunk dad drove the kids to school this morning',
  ])('still reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });
});

describe('a drive told as earlier is not raised by a now-cue in the next sentence (contexts.toldEarlier)', () => {
  it.each([
    'Yesterday dad was drunk and drove the kids to school. They are both in class now.',
    'This morning dad smelled of drink and drove the twins in. The girls are in class now.',
  ])('reads "%s" urgent', (text) => {
    expectEnglish(text, 'urgent', 'neglect');
  });

  it('reads the Welsh "Ddoe … gyrrodd e bant gyda nhw" urgent', () => {
    expectWelsh(
      'Ddoe roedd dad yn drewi o gwrw a gyrrodd e bant gyda nhw yn y car. Ma nhw yn yr ysgol heddi.',
      'urgent',
      'neglect',
    );
  });

  it.each([
    'Mum is drunk and driving the kids home. Ring 999 now.',
    'Dad smelled of booze at pick-up and drove off with the kids. Police are looking for the car now.',
  ])('still reads the drive now "%s" immediate', (text) => {
    expectEnglish(text, 'immediate', 'neglect');
  });

  it('still reads the Welsh drive now immediate', () => {
    expectWelsh("Mae dad wedi meddwi ac mae o'n gyrru nhw adre yn y car nawr.", 'immediate', 'neglect');
  });
});
