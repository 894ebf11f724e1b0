/**
 * Words a person can type anywhere in a conversation (product.md), in English and Welsh.
 * Matching is on the whole message, so "I want to cancel her detention" is not `cancel`.
 */
export const COMMANDS = [
  'help',
  'restart',
  'cancel',
  'privacy',
  'language',
  'start',
  'findHelp',
  'back',
  'onDuty',
  'offDuty',
  'whoIsOnDuty',
  'queue',
  'misread',
  'myReports',
  'myDetails',
  'forgetMyDetails',
] as const;
export type Command = (typeof COMMANDS)[number];

const PHRASES: Record<Command, readonly string[]> = {
  help: ['help', 'cymorth', 'help me', 'helpu', '?', 'menu', 'bwydlen'],
  restart: ['restart', 'start again', 'start over', 'ailddechrau', 'ail ddechrau', 'dechrau eto'],
  cancel: ['cancel', 'stop', 'quit', 'canslo', 'stopio'],
  privacy: ['privacy', 'preifatrwydd', 'data', 'gdpr'],
  language: ['language', 'iaith', 'cymraeg', 'welsh', 'english', 'saesneg'],
  start: [
    'start',
    'dechrau',
    'begin',
    'new report',
    'report',
    'adroddiad newydd',
    'start a report',
    'dechrau adroddiad',
  ],
  findHelp: ['find help', 'services', 'signposting', 'what help is there', 'dod o hyd i help', 'gwasanaethau'],
  back: ['back', 'go back', 'nol', 'yn ol', 'undo'],
  onDuty: ['on duty', 'ar ddyletswydd'],
  offDuty: ['off duty', 'oddi ar ddyletswydd'],
  whoIsOnDuty: [
    'who is on duty',
    'whos on duty',
    'who is on duty now',
    'pwy sydd ar ddyletswydd',
    'pwy sy ar ddyletswydd',
    'pwy syn ar ddyletswydd',
  ],
  queue: ['queue', 'ciw', 'my queue', 'open cases', 'fy nghiw', 'y ciw'],
  myReports: ['my reports', 'my report', 'fy adroddiadau', 'fy adroddiadau i', 'fy adroddiad'],
  myDetails: ['my details', 'fy manylion', 'fy manylion i', 'my detail'],
  forgetMyDetails: [
    'forget my details',
    'clear my details',
    'delete my details',
    'anghofio fy manylion',
    'clirio fy manylion',
    'dileu fy manylion',
  ],
  misread: [
    'you misread that',
    'misread',
    'you misunderstood',
    'that was misread',
    'rwyt ti wedi camddeall',
    'camddeall',
    'rydych chi wedi camddeall',
  ],
};

const LOOKUP = new Map<string, Command>();
for (const command of COMMANDS) for (const phrase of PHRASES[command]) LOOKUP.set(phrase, command);

/** Lowercase, fold accents (nôl → nol), drop punctuation and apostrophes, collapse spaces. */
export function normaliseCommandText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}?]+/gu, ' ')
    .trim();
}

export function parseCommand(text: string | undefined): Command | undefined {
  if (!text) return undefined;
  const normal = normaliseCommandText(text);
  if (normal.length > 40) return undefined;
  return LOOKUP.get(normal) ?? LOOKUP.get(normal.replace(/\?$/, '').trim());
}

/** Commands only a Teams personal chat may use (duty workers). */
export const TEAMS_ONLY: ReadonlySet<Command> = new Set(['onDuty', 'offDuty', 'queue']);
