/** Web chat user ids carry the organisation: dl_<organisationId>_<random>. */
import {
  newWebChatUserId,
  organisationFromWebChatUserId,
  returningWebChatUserId,
} from '../../../src/channel/webchat/identity';

describe('organisationFromWebChatUserId', () => {
  it('reads the organisation from a web chat user id', () => {
    expect(organisationFromWebChatUserId('dl_riverside-youth-club_0123456789abcdef01234567')).toBe(
      'riverside-youth-club',
    );
    expect(organisationFromWebChatUserId('dl_default_a1b2c3d4e5f6a7b8c9d0e1f2')).toBe('default');
  });

  it('finds no organisation in Teams ids, other Direct Line ids or malformed ones', () => {
    for (const id of [
      '29:1AbCdEfGhIjKlMnOp',
      'dl_0123456789abcdef',
      'dl__0123456789abcdef',
      'dl_Riverside_0123456789abcdef',
      'dl_riverside_youth_0123456789abcdef',
      'dl_riverside_short',
      'xdl_riverside_0123456789abcdef',
      'dl_riverside_0123456789abcdef ',
      '',
    ])
      expect({ id, organisation: organisationFromWebChatUserId(id) }).toEqual({ id, organisation: undefined });
  });

  it('round-trips every id newWebChatUserId makes, and never makes the same one twice', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newWebChatUserId('exampleshire-youth')));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(organisationFromWebChatUserId(id)).toBe('exampleshire-youth');
  });

  it('refuses to make an id for an organisation id that would not read back', () => {
    expect(() => newWebChatUserId('Riverside_Youth')).toThrow(/organisation id/);
  });

  it('maps a returning key to one id per organisation that reads back, and refuses a key that is not one', () => {
    const key = 'q3Xv9Lr0Tz8yWm2Nk5Hb7Jc1Pf4Gd6Sa0Ue8Yi3Ro5E';
    const id = returningWebChatUserId('riverside-youth-club', key);
    expect(returningWebChatUserId('riverside-youth-club', key)).toBe(id);
    expect(organisationFromWebChatUserId(id)).toBe('riverside-youth-club');
    expect(returningWebChatUserId('hillside-youth', key).split('_')[2]).not.toBe(id.split('_')[2]);
    expect(id).not.toContain(key);
    for (const bad of ['', 'short', `${key}=`, `${key.slice(1)}/`])
      expect(() => returningWebChatUserId('riverside-youth-club', bad)).toThrow(/returning-reporter key/);
  });
});
