/**
 * How an exercise file is highlighted, from its name: TypeScript, or for a file imported as text
 * (see src/runner/text-files.ts) the language its name says, else plain text. The page's code
 * blocks (Prism) use `prismLanguage`; the editor, which loads on demand, `editorLanguages.ts`.
 */
import { isTextFile } from '@site/src/runner/text-files';

export type FileLanguage = 'typescript' | 'dockerfile' | 'yaml' | 'text';

export function fileLanguage(path: string): FileLanguage {
  if (!isTextFile(path)) return 'typescript';
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'Dockerfile' || /\.dockerfile$/i.test(name)) return 'dockerfile';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  return 'text';
}

/** The language names of the site's Prism (docusaurus.config.ts `additionalLanguages`). */
const PRISM: Record<FileLanguage, string> = { typescript: 'ts', dockerfile: 'docker', yaml: 'yaml', text: 'text' };
export const prismLanguage = (path: string) => PRISM[fileLanguage(path)];
