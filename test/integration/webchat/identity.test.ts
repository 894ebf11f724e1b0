/** Web chat user ids carry the organisation: dl_<organisationId>_<random>. */
import { newWebChatUserId, organisationFromWebChatUserId } from '../../../src/channel/webchat/identity';

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
});
