/**
 * CAMHS named, asked for or involved, in either language (issue 17, item 3): the signposting then
 * explains what CAMHS usually takes and does not take, and what to do instead.
 */
const CAMHS = /\b(camhs|cypmhs|child and adolescent mental health|gwasanaethau iechyd meddwl plant)/i;

export function mentionsCamhs(text: string): boolean {
  return CAMHS.test(text);
}
