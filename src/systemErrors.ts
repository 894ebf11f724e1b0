/**
 * The `code` of a Node.js system error (EEXIST, EPERM …). Not `instanceof Error`: errors may come from another realm.
 */
export function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
