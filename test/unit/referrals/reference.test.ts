import {
  checkCharacter,
  isReference,
  newReference,
  parseReference,
  REFERENCE_ALPHABET,
} from '../../../src/referrals/reference';

describe('referral references', () => {
  it('look like EH-XXXX-XX, use only the unambiguous alphabet and carry a valid check character', () => {
    for (let i = 0; i < 200; i++) {
      const reference = newReference();
      expect(reference).toMatch(/^EH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
      expect(reference).not.toMatch(/[ILOU]/);
      expect(isReference(reference)).toBe(true);
    }
  });

  it('are rarely repeated by chance (5 random characters: 33 million per organisation)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(newReference());
    expect(seen.size).toBeGreaterThan(1995);
  });

  it('refuse every single mistyped character', () => {
    const reference = newReference(() => 7);
    const chars = reference.replace(/^EH-|-/g, '');
    for (let position = 0; position < chars.length; position++) {
      for (const replacement of REFERENCE_ALPHABET) {
        if (replacement === chars[position]) continue;
        const typo = chars.slice(0, position) + replacement + chars.slice(position + 1);
        expect(parseReference(`EH${typo}`)).toBeUndefined();
      }
    }
  });

  it('refuse most swapped neighbouring characters', () => {
    let caught = 0;
    let tried = 0;
    for (let i = 0; i < 300; i++) {
      const chars = newReference().replace(/^EH-|-/g, '');
      for (let p = 0; p < chars.length - 1; p++) {
        if (chars[p] === chars[p + 1]) continue;
        tried += 1;
        const swapped = chars.slice(0, p) + chars[p + 1] + chars[p] + chars.slice(p + 2);
        if (parseReference(`EH${swapped}`) === undefined) caught += 1;
      }
    }
    expect(caught / tried).toBeGreaterThan(0.9);
  });

  it('read what a person types: any case, spaces, and O, I, L for 0, 1, 1', () => {
    const payload = '01K3M';
    const reference = `EH-01K3-M${checkCharacter(payload)}`;
    expect(isReference(reference)).toBe(true);
    const typed = reference.toLowerCase().replace(/-/g, ' ').replace('0', 'o').replace('1', 'l');
    expect(parseReference(typed)).toBe(reference);
    expect(parseReference(`eh${reference.slice(3).replace('-', '')}`)).toBe(reference);
  });

  it('are not confused with other text', () => {
    expect(parseReference('')).toBeUndefined();
    expect(parseReference('EH-1234')).toBeUndefined();
    expect(parseReference('XX-7K3M-Q9')).toBeUndefined();
    expect(isReference('eh-7k3m-q9')).toBe(false);
    expect(isReference(42)).toBe(false);
  });
});
