/**
 * A project module imports its neighbours relatively (`./types`); the same code in an exercise
 * imports them through the project alias (`@project/types`), since the exercise has no such
 * file. `toExerciseImports` turns the one into the other, so a project module can be shown and
 * run as an exercise's solution; its import statements are found by a real TypeScript parser.
 */
import { parse } from '@babel/parser';

interface Specifier {
  start: number;
  end: number;
  value: string;
}

/** Every module specifier of `import … from`, `export … from`, `import(…)` and `import x = require(…)`. */
function specifiers(source: string, file: string): Specifier[] {
  let program;
  try {
    program = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'], errorRecovery: false }).program;
  } catch (error) {
    throw new Error(`${file} does not parse: ${(error as Error).message}`);
  }
  const found: Specifier[] = [];
  const add = (node: { start?: number | null; end?: number | null; value?: unknown } | null | undefined) => {
    if (node && typeof node.value === 'string' && node.start != null && node.end != null) {
      found.push({ start: node.start, end: node.end, value: node.value });
    }
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; source?: unknown; callee?: { type?: string }; arguments?: unknown[]; argument?: unknown };
    if (n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') add(n.source as Specifier);
    if (n.type === 'CallExpression' && n.callee?.type === 'Import') add(n.arguments?.[0] as Specifier);
    if (n.type === 'TSImportType') add((n.argument as { literal?: Specifier })?.literal ?? (n.argument as Specifier));
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && typeof value === 'object') visit(value);
  };
  visit(program);
  return found.sort((a, b) => a.start - b.start);
}

/** Every module a file imports or re-exports, type-only imports included, in source order; throws if it does not parse. */
export function moduleSpecifiers(source: string, file: string): string[] {
  return specifiers(source, file).map((specifier) => specifier.value);
}

function rewrite(source: string, file: string, change: (specifier: string) => string | null): string {
  let result = '';
  let last = 0;
  for (const { start, end, value } of specifiers(source, file)) {
    const next = change(value);
    if (next === null) continue;
    const quote = source[start];
    result += source.slice(last, start) + quote + next + quote;
    last = end;
  }
  return result + source.slice(last);
}

/** A project module's code as an exercise file: `./types` → `@project/types`. */
export function toExerciseImports(source: string, file: string): string {
  return rewrite(source, file, (specifier) => {
    if (specifier.startsWith('../')) throw new Error(`${file} imports "${specifier}", outside project/src: a module an exercise teaches imports only its neighbours`);
    return specifier.startsWith('./') ? `@project/${specifier.slice(2)}` : null;
  });
}
