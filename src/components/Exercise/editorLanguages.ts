/**
 * The editor's languages for files that are not code: CodeMirror's stream modes for Dockerfiles
 * and YAML, and plain text for anything else (see `fileLanguage.ts`).
 */
import { LanguageSupport, StreamLanguage, type StreamParser } from '@codemirror/language';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
import { yaml } from '@codemirror/legacy-modes/mode/yaml';
import type { CustomLanguage } from '@codesandbox/sandpack-react';
import { fileLanguage, type FileLanguage } from './fileLanguage';

type TextLanguage = Exclude<FileLanguage, 'typescript'>;

const plainText: StreamParser<unknown> = {
  token: (stream) => {
    stream.skipToEnd();
    return null;
  },
};
const PARSERS: Record<TextLanguage, StreamParser<unknown>> = { dockerfile: dockerFile, yaml, text: plainText };

/**
 * Sandpack picks an editor language by what follows the last `.` of the path it keys a file by
 * (`/ci.yml` → `yml`; `/Dockerfile`, which has none, → the whole path). This lists each text
 * file of an exercise under the language its name says; TypeScript files keep Sandpack's own.
 */
export function editorLanguages(paths: string[], sandpackPath: (path: string) => string): CustomLanguage[] {
  const byLanguage = new Map<TextLanguage, string[]>();
  for (const path of paths) {
    const language = fileLanguage(path);
    if (language === 'typescript') continue;
    const key = sandpackPath(path);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), key.slice(key.lastIndexOf('.') + 1)]);
  }
  return [...byLanguage].map(([name, extensions]) => ({ name, extensions, language: new LanguageSupport(StreamLanguage.define({ ...PARSERS[name], name })) }));
}
