/**
 * Just enough of Azure Resource Manager's template language to evaluate the values this project's
 * template gives the Web App: string/number literals, function calls, `.property` and `[index]`.
 * `reference()` answers from stubs shaped like Azure's real responses, and refuses any resource the
 * template does not declare, so a typo in a resource name fails a test instead of a deployment.
 */
import { createHash } from 'node:crypto';

export type ArmValue = string | number | boolean | null | ArmValue[] | { [key: string]: ArmValue };

type Node =
  | { kind: 'literal'; value: string | number }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'property'; target: Node; name: string }
  | { kind: 'index'; target: Node; index: Node };

/** True for a template string that is an expression: `[...]`, but not the `[[` escape. */
export function isExpression(value: string): boolean {
  return value.startsWith('[') && value.endsWith(']') && !value.startsWith('[[');
}

export function parseExpression(source: string): Node {
  let pos = 0;
  const peek = () => source[pos];
  const skipSpace = () => {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
  };
  const expect = (char: string) => {
    skipSpace();
    if (source[pos] !== char) throw new Error(`Expected "${char}" at ${pos} in ${source}`);
    pos++;
  };

  const primary = (): Node => {
    skipSpace();
    if (peek() === "'") {
      pos++;
      let text = '';
      for (;;) {
        if (pos >= source.length) throw new Error(`Unterminated string in ${source}`);
        if (source[pos] === "'") {
          if (source[pos + 1] === "'") {
            text += "'";
            pos += 2;
            continue;
          }
          pos++;
          return { kind: 'literal', value: text };
        }
        text += source[pos++];
      }
    }
    const number = /^-?\d+/.exec(source.slice(pos));
    if (number) {
      pos += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(pos));
    if (!name) throw new Error(`Unexpected "${peek()}" at ${pos} in ${source}`);
    pos += name[0].length;
    expect('(');
    const args: Node[] = [];
    skipSpace();
    if (peek() !== ')') {
      for (;;) {
        args.push(expression());
        skipSpace();
        if (peek() === ',') {
          pos++;
          continue;
        }
        break;
      }
    }
    expect(')');
    return { kind: 'call', name: name[0], args };
  };

  const expression = (): Node => {
    let node = primary();
    for (;;) {
      skipSpace();
      if (peek() === '.') {
        pos++;
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(pos));
        if (!name) throw new Error(`Expected a property name at ${pos} in ${source}`);
        pos += name[0].length;
        node = { kind: 'property', target: node, name: name[0] };
      } else if (peek() === '[') {
        pos++;
        const index = expression();
        expect(']');
        node = { kind: 'index', target: node, index };
      } else return node;
    }
  };

  const node = expression();
  skipSpace();
  if (pos !== source.length) throw new Error(`Unexpected text after position ${pos} in ${source}`);
  return node;
}

/** Every function name an expression calls, e.g. to prove no app setting calls a list*() function. */
export function functionsCalled(node: Node): string[] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'call':
      return [node.name, ...node.args.flatMap(functionsCalled)];
    case 'property':
      return functionsCalled(node.target);
    case 'index':
      return [...functionsCalled(node.target), ...functionsCalled(node.index)];
  }
}

/** Every parameters('...') an expression reads. */
export function parametersRead(node: Node): string[] {
  switch (node.kind) {
    case 'literal':
      return [];
    case 'call': {
      const own =
        node.name.toLowerCase() === 'parameters' && node.args[0]?.kind === 'literal'
          ? [String(node.args[0].value)]
          : [];
      return [...own, ...node.args.flatMap(parametersRead)];
    }
    case 'property':
      return parametersRead(node.target);
    case 'index':
      return [...parametersRead(node.target), ...parametersRead(node.index)];
  }
}

export interface EvaluationContext {
  readonly parameters: Readonly<Record<string, ArmValue>>;
  readonly variables: Readonly<Record<string, ArmValue>>;
  readonly subscriptionId: string;
  readonly tenantId: string;
  readonly resourceGroup: { readonly name: string; readonly location: string };
  /** What reference(resourceId) returns: the resource's runtime properties. */
  readonly reference: (resourceId: string) => ArmValue;
}

const isRecord = (value: ArmValue): value is { [key: string]: ArmValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asString(value: ArmValue, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} must be a string, got ${JSON.stringify(value)}`);
  return value;
}

/** ARM's uniqueString is a base-32 hash, 13 characters; the exact hash does not matter here. */
function uniqueString(parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('|')).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return Array.from(digest.subarray(0, 13), (b) => alphabet[b % 32]).join('');
}

function guid(parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function evaluate(
  node: Node,
  context: EvaluationContext,
  evaluatingVariables: readonly string[] = [],
): ArmValue {
  const recurse = (n: Node) => evaluate(n, context, evaluatingVariables);
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'property': {
      const target = recurse(node.target);
      if (!isRecord(target) || !(node.name in target))
        throw new Error(`No property "${node.name}" on ${JSON.stringify(target)}`);
      return target[node.name];
    }
    case 'index': {
      const target = recurse(node.target);
      const index = recurse(node.index);
      if (Array.isArray(target) && typeof index === 'number') return target[index];
      if (isRecord(target) && typeof index === 'string') return target[index];
      throw new Error(`Cannot index ${JSON.stringify(target)} with ${JSON.stringify(index)}`);
    }
    case 'call':
      break;
  }

  const name = node.name.toLowerCase();
  const args = () => node.args.map(recurse);
  const strings = () => args().map((v, i) => asString(v, `argument ${i + 1} of ${node.name}`));
  const rgScope = `/subscriptions/${context.subscriptionId}/resourceGroups/${context.resourceGroup.name}`;
  const typedId = (scope: string, values: string[]) => {
    const [type, ...names] = values;
    const [namespace, ...types] = type.split('/');
    if (types.length !== names.length)
      throw new Error(`${node.name}: ${type} needs ${types.length} names, got ${names.length}`);
    return `${scope}/providers/${namespace}/${types.map((t, i) => `${t}/${names[i]}`).join('/')}`;
  };

  switch (name) {
    case 'parameters': {
      const [key] = strings();
      if (!(key in context.parameters)) throw new Error(`parameters('${key}') has no value`);
      return context.parameters[key];
    }
    case 'variables': {
      const [key] = strings();
      if (evaluatingVariables.includes(key)) throw new Error(`variables('${key}') refers to itself`);
      if (!(key in context.variables)) throw new Error(`variables('${key}') is not declared`);
      return evaluateValue(context.variables[key], context, [...evaluatingVariables, key]);
    }
    case 'format': {
      const [template, ...rest] = args();
      return asString(template, 'format string').replace(/\{(\d+)\}/g, (_, i: string) => String(rest[Number(i)]));
    }
    case 'concat': {
      const values = args();
      return values.every(Array.isArray) ? values.flat() : values.map(String).join('');
    }
    case 'string': {
      const [value] = args();
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
    case 'tolower':
      return strings()[0].toLowerCase();
    case 'take': {
      const [value, count] = args();
      if (typeof count !== 'number') throw new Error('take needs a number');
      if (typeof value === 'string' || Array.isArray(value)) return value.slice(0, count);
      throw new Error('take needs a string or an array');
    }
    case 'if': {
      const [condition, whenTrue, whenFalse] = node.args;
      return recurse(condition) === true ? recurse(whenTrue) : recurse(whenFalse);
    }
    case 'equals': {
      const [a, b] = args();
      return JSON.stringify(a) === JSON.stringify(b);
    }
    case 'not':
      return args()[0] !== true;
    case 'empty': {
      const [value] = args();
      return (
        value === null ||
        value === '' ||
        (Array.isArray(value) && value.length === 0) ||
        (isRecord(value) && Object.keys(value).length === 0)
      );
    }
    case 'true':
      return true;
    case 'false':
      return false;
    case 'null':
      return null;
    case 'json':
      return JSON.parse(strings()[0]) as ArmValue;
    case 'createarray':
      return args();
    case 'createobject': {
      const values = args();
      const result: { [key: string]: ArmValue } = {};
      for (let i = 0; i < values.length; i += 2) result[asString(values[i], 'createObject key')] = values[i + 1];
      return result;
    }
    case 'uniquestring':
      return uniqueString(strings());
    case 'guid':
      return guid(strings());
    case 'subscription':
      return {
        id: `/subscriptions/${context.subscriptionId}`,
        subscriptionId: context.subscriptionId,
        tenantId: context.tenantId,
      };
    case 'resourcegroup':
      return { id: rgScope, name: context.resourceGroup.name, location: context.resourceGroup.location };
    case 'resourceid':
      return typedId(rgScope, strings());
    case 'subscriptionresourceid':
      return typedId(`/subscriptions/${context.subscriptionId}`, strings());
    case 'extensionresourceid': {
      const [scope, ...rest] = strings();
      return typedId(scope, rest);
    }
    case 'reference':
      return context.reference(strings()[0]);
    default:
      throw new Error(
        `The test evaluator does not support ${node.name}(); extend test/deployment/support/armExpressions.ts`,
      );
  }
}

/** Evaluates a template value: expressions inside strings, recursively through arrays and objects. */
export function evaluateValue(
  value: ArmValue,
  context: EvaluationContext,
  evaluatingVariables: readonly string[] = [],
): ArmValue {
  if (typeof value === 'string') {
    if (value.startsWith('[[')) return value.slice(1);
    return isExpression(value) ? evaluate(parseExpression(value.slice(1, -1)), context, evaluatingVariables) : value;
  }
  if (Array.isArray(value)) return value.map((v) => evaluateValue(v, context, evaluatingVariables));
  if (isRecord(value)) {
    const result: { [key: string]: ArmValue } = {};
    for (const [key, v] of Object.entries(value))
      result[evaluateValue(key, context, evaluatingVariables) as string] = evaluateValue(
        v,
        context,
        evaluatingVariables,
      );
    return result;
  }
  return value;
}
