/**
 * The project's module map, read from `project/src` with a real TypeScript parser: each
 * module's summary (the first sentence of its opening comment), what it exports, the project
 * modules and packages it imports, and the exercise that teaches it (from `provides`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import type { LoadedExercise } from '../exercises/load-exercises';

export interface ModuleExport {
  name: string;
  kind: 'function' | 'class' | 'value' | 'type';
}

export interface ProjectModule {
  /** The file under project/src without `.ts`, as `@project/<name>` imports it. */
  name: string;
  summary?: string;
  exports: ModuleExport[];
  /** Project modules it imports. */
  dependsOn: string[];
  /** npm packages it imports. */
  packages: string[];
  /** The exercise whose solution this module is, and the lesson that embeds it. */
  taughtBy?: { exercise: string; title: string; lesson?: string };
}

interface Node {
  type: string;
  [key: string]: unknown;
}

const isModuleFile = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts');

/** `@scope/name/sub` → `@scope/name`; `hono/body-limit` → `hono`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function firstSentence(comment: string): string {
  const text = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .trim();
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

function exportsOf(statement: Node): ModuleExport[] {
  const declaration = statement.declaration as Node | null | undefined;
  const typeOnly = statement.exportKind === 'type';
  if (declaration) {
    const id = (declaration.id as { name?: string } | undefined)?.name;
    switch (declaration.type) {
      case 'FunctionDeclaration':
        return [{ name: id!, kind: 'function' }];
      case 'ClassDeclaration':
        return [{ name: id!, kind: 'class' }];
      case 'VariableDeclaration':
        return (declaration.declarations as { id: { name?: string } }[]).filter((d) => d.id.name).map((d) => ({ name: d.id.name!, kind: 'value' as const }));
      case 'TSEnumDeclaration':
        return [{ name: id!, kind: 'value' }];
      default: // interfaces and type aliases
        return id ? [{ name: id, kind: 'type' }] : [];
    }
  }
  return ((statement.specifiers as { exported: { name?: string; value?: string }; exportKind?: string }[]) ?? []).map((specifier) => ({
    name: specifier.exported.name ?? specifier.exported.value!,
    kind: typeOnly || specifier.exportKind === 'type' ? 'type' : 'value',
  }));
}

/** Every module of `project/src`, sorted by name. `lessonOf` maps an exercise id to the page that embeds it. */
export function readProjectModules(projectDir: string, exercises: LoadedExercise[], lessonOf: (exercise: string) => string | undefined): ProjectModule[] {
  const srcDir = join(projectDir, 'src');
  return readdirSync(srcDir)
    .filter(isModuleFile)
    .sort()
    .map((file) => {
      const name = file.replace(/\.ts$/, '');
      const source = readFileSync(join(srcDir, file), 'utf8');
      let program;
      try {
        program = parse(source, { sourceType: 'module', plugins: ['typescript'] }).program;
      } catch (error) {
        throw new Error(`project/src/${file} does not parse: ${(error as Error).message}`);
      }
      const body = program.body as unknown as Node[];
      const opening = (program.body[0]?.leadingComments ?? []).find((comment) => comment.type === 'CommentBlock' && comment.value.startsWith('*') && (comment.start ?? 1) === 0);
      const specifiers = body
        .filter((statement) => ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(statement.type) && statement.source)
        .map((statement) => (statement.source as { value: string }).value);
      const exported = body.filter((statement) => statement.type === 'ExportNamedDeclaration').flatMap(exportsOf);
      const provider = exercises.find((exercise) => name in exercise.meta.provides);
      return {
        name,
        ...(opening ? { summary: firstSentence(opening.value.slice(1)) } : {}),
        exports: exported,
        dependsOn: [...new Set(specifiers.filter((specifier) => specifier.startsWith('./')).map((specifier) => specifier.slice(2).replace(/\.ts$/, '')))].sort(),
        packages: [...new Set(specifiers.filter((specifier) => !specifier.startsWith('.')).map(packageOf))].sort(),
        ...(provider ? { taughtBy: { exercise: provider.id, title: provider.meta.title, lesson: lessonOf(provider.id) } } : {}),
      };
    });
}
