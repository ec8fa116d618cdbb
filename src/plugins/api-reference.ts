/**
 * Docusaurus plugin: the reference of `SpamFilter`, generated from its source when the site is
 * built, so the page says what the code says. The TypeScript is parsed with Babel's parser and
 * the doc comments with comment-parser; the result (every public member with what it promises
 * and what it throws, the error classes with their codes, the public interfaces field by
 * field) goes to `generated/api-reference.json` for the lesson to import.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from '@babel/parser';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parse as parseComment } from 'comment-parser';

export interface ApiThrows {
  type: string;
  when: string;
}

export interface ApiMember {
  name: string;
  kind: 'static method' | 'method' | 'property';
  signature: string;
  summary: string;
  returns: string;
  throws: ApiThrows[];
}

export interface ApiError {
  name: string;
  /** The stable code it carries, if it passes one to its parent's constructor. */
  code: string | null;
  summary: string;
}

export interface ApiField {
  name: string;
  type: string;
  optional: boolean;
  summary: string;
}

export interface ApiInterface {
  name: string;
  summary: string;
  fields: ApiField[];
}

export interface ApiReference {
  file: string;
  className: string;
  summary: string;
  members: ApiMember[];
  errors: ApiError[];
  interfaces: ApiInterface[];
}

interface Node {
  type: string;
  start?: number | null;
  end?: number | null;
  leadingComments?: { type: string; value: string }[] | null;
  [key: string]: unknown;
}

interface Doc {
  summary: string;
  returns: string;
  throws: ApiThrows[];
}

/** The doc comment (`/** … *\/`) right before a node, read by comment-parser. */
function docOf(node: Node): Doc {
  const block = node.leadingComments?.filter((comment) => comment.type === 'CommentBlock' && comment.value.startsWith('*')).at(-1);
  if (!block) return { summary: '', returns: '', throws: [] };
  const [parsed] = parseComment(`/*${block.value}*/`, { spacing: 'preserve' });
  if (!parsed) return { summary: '', returns: '', throws: [] };
  const text = (tag: { name: string; description: string }) => `${tag.name} ${tag.description}`.replace(/\s+/g, ' ').trim();
  return {
    summary: parsed.description.replace(/\s+/g, ' ').trim(),
    returns: parsed.tags.filter((tag) => tag.tag === 'returns').map(text).join(' '),
    throws: parsed.tags.filter((tag) => tag.tag === 'throws').map((tag) => ({ type: tag.type, when: text(tag) })),
  };
}

const nameOf = (node: Node) => ((node.key ?? node.id) as Node & { name?: string }).name ?? '';
const squeeze = (code: string) => code.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')').trim();

/** The public surface of `className` and its neighbours in one TypeScript source file. */
export function apiReference(source: string, file: string, className: string): ApiReference {
  const program = parse(source, { sourceType: 'module', plugins: ['typescript'] }).program as unknown as { body: Node[] };
  const text = (node: Node) => source.slice(node.start!, node.end!);
  let summary = '';
  const members: ApiMember[] = [];
  const errors: ApiError[] = [];
  const interfaces: ApiInterface[] = [];

  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
    const declaration = statement.declaration as Node;
    const doc = docOf(statement);
    if (declaration.type === 'ClassDeclaration' && nameOf(declaration) === className) {
      summary = doc.summary;
      for (const member of (declaration.body as { body: Node[] }).body) {
        if (member.accessibility === 'private' || member.kind === 'constructor') continue;
        const memberDoc = docOf(member);
        const isMethod = member.type === 'ClassMethod';
        const key = member.key as Node;
        const signature = isMethod
          ? squeeze(`${member.static ? 'static ' : ''}${source.slice(key.start!, (member.body as Node).start!)}`)
          : squeeze(`${member.readonly ? 'readonly ' : ''}${source.slice(key.start!, ((member.typeAnnotation as Node | undefined) ?? key).end!)}`);
        members.push({ name: nameOf(member), kind: isMethod ? (member.static ? 'static method' : 'method') : 'property', signature, ...memberDoc });
      }
    } else if (declaration.type === 'ClassDeclaration' && declaration.superClass) {
      // An error class: its code is the first argument it passes to `super(…)`, if a literal.
      const code = /super\(\s*'([a-z_]+)'/.exec(text(declaration))?.[1] ?? null;
      errors.push({ name: nameOf(declaration), code, summary: doc.summary });
    } else if (declaration.type === 'TSInterfaceDeclaration') {
      const fields = ((declaration.body as { body: Node[] }).body).map((field) => ({
        name: nameOf(field),
        type: squeeze(text((field.typeAnnotation as Node & { typeAnnotation: Node }).typeAnnotation)),
        optional: Boolean(field.optional),
        summary: docOf(field).summary,
      }));
      interfaces.push({ name: nameOf(declaration), summary: doc.summary, fields });
    }
  }
  if (!summary && members.length === 0) throw new Error(`${file} exports no class ${className}`);
  return { file, className, summary, members, errors, interfaces };
}

export const SPAM_FILTER_SOURCE = join('project', 'src', 'spam-filter.ts');

export function spamFilterReference(siteDir: string): ApiReference {
  return apiReference(readFileSync(join(siteDir, SPAM_FILTER_SOURCE), 'utf8'), SPAM_FILTER_SOURCE.split('\\').join('/'), 'SpamFilter');
}

export default function apiReferencePlugin(context: LoadContext): Plugin {
  return {
    name: 'api-reference',
    async loadContent() {
      const path = join(context.siteDir, 'generated', 'api-reference.json');
      const text = `${JSON.stringify(spamFilterReference(context.siteDir), null, 1)}\n`;
      // An unchanged file is not rewritten, so the dev server does not rebuild the page for nothing.
      if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  };
}
