import { parseCommand } from '../../../src/conversation/commands';

describe('words a person can type anywhere', () => {
  it.each([
    ['help', 'help'],
    ['HELP!', 'help'],
    ['iaith', 'language'],
    ['Language', 'language'],
    ['canslo', 'cancel'],
    ['nôl', 'back'],
    ['on duty', 'onDuty'],
    ['Off duty.', 'offDuty'],
    ["who's on duty?", 'whoIsOnDuty'],
    ['queue', 'queue'],
    ['You misread that', 'misread'],
    ['preifatrwydd', 'privacy'],
    ['Start a report', 'start'],
    // The Welsh the help and the duty messages show (issue 21), and everyday spoken forms of it.
    ['ailddechrau', 'restart'],
    ['ail ddechrau', 'restart'],
    ['cymorth', 'help'],
    ['ar ddyletswydd', 'onDuty'],
    ['oddi ar ddyletswydd', 'offDuty'],
    ['Pwy sydd ar ddyletswydd?', 'whoIsOnDuty'],
    ["pwy sy' ar ddyletswydd", 'whoIsOnDuty'],
    ['ciw', 'queue'],
    ['fy nghiw', 'queue'],
    ['rydych chi wedi camddeall', 'misread'],
    ['dod o hyd i help', 'findHelp'],
    // Nothing is asked twice (issue 17 item 3): the remembered details, in both languages.
    ['my details', 'myDetails'],
    ['My details?', 'myDetails'],
    ['fy manylion', 'myDetails'],
    ['forget my details', 'forgetMyDetails'],
    ['anghofio fy manylion', 'forgetMyDetails'],
  ])('reads "%s" as %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });

  it.each(['I want to cancel her detention', 'help me, she says she wants to die', 'the queue for lunch was long', ''])(
    'does not read "%s" as a command',
    (text) => {
      expect(parseCommand(text)).toBeUndefined();
    },
  );
});
