/**
 * The names of an exercise's plausible wrong answers (`wrong-answers.ts`), read from its
 * source with a real parser rather than by running it: each is an object with a `name` and the
 * `files` it changes. The facilitator guide lists them as the slips participants make.
 */
import { parse } from '@babel/parser';

interface AstNode {
  type?: string;
  key?: { type?: string; name?: string; value?: unknown };
  value?: { type?: string; value?: unknown };
  properties?: AstNode[];
}

export function wrongAnswerNames(source: string, file: string): string[] {
  let program;
  try {
    program = parse(source, { sourceType: 'module', plugins: ['typescript'] }).program;
  } catch (error) {
    throw new Error(`${file} does not parse: ${(error as Error).message}`);
  }
  const names: string[] = [];
  const keyOf = (property: AstNode) => property.key?.name ?? property.key?.value;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const object = node as AstNode;
    if (object.type === 'ObjectExpression' && object.properties) {
      const name = object.properties.find((property) => keyOf(property) === 'name');
      const hasFiles = object.properties.some((property) => keyOf(property) === 'files');
      if (hasFiles && name?.value?.type === 'StringLiteral' && typeof name.value.value === 'string') names.push(name.value.value);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && typeof value === 'object') visit(value);
  };
  visit(program);
  return names;
}
