/**
 * Fills the Teams manifest template. Placeholders are written `${{NAME}}`, the syntax the
 * Microsoft 365 Agents Toolkit also substitutes, so one template serves both routes.
 */

const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/** Every placeholder name in the template, once each, in order of first appearance. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Replaces every placeholder with its value (JSON-escaped, since each sits inside a JSON string)
 * and returns the parsed result. Throws naming every placeholder without a value.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): unknown {
  const missing = placeholdersIn(template).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new Error(`The manifest template needs values for: ${missing.join(', ')}`);
  const filled = template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(values[name]).slice(1, -1));
  return JSON.parse(filled) as unknown;
}
