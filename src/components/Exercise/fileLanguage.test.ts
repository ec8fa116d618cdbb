import { describe, expect, it } from 'vitest';
import { editorLanguages } from './editorLanguages';
import { toSandpackPath } from './exerciseFiles';
import { fileLanguage, prismLanguage } from './fileLanguage';

describe('the language of an exercise file', () => {
  it('is TypeScript for code, and what the name says for text files', () => {
    expect(fileLanguage('service.ts')).toBe('typescript');
    expect(fileLanguage('Dockerfile')).toBe('dockerfile');
    expect(fileLanguage('docker/api.Dockerfile')).toBe('dockerfile');
    expect(fileLanguage('ci.yml')).toBe('yaml');
    expect(fileLanguage('.github/workflows/ci.yaml')).toBe('yaml');
    expect(fileLanguage('.dockerignore')).toBe('text');
    expect(prismLanguage('Dockerfile')).toBe('docker');
    expect(prismLanguage('rules.ts')).toBe('ts');
  });

  it('gives the editor a language for each text file, keyed as Sandpack keys it', () => {
    const languages = editorLanguages(['service.ts', 'Dockerfile', '.dockerignore', 'ci.yml', 'service.test.ts'], toSandpackPath);
    expect(languages.map(({ name, extensions }) => ({ name, extensions }))).toEqual([
      { name: 'dockerfile', extensions: ['/Dockerfile'] },
      { name: 'text', extensions: ['dockerignore'] },
      { name: 'yaml', extensions: ['yml'] },
    ]);
    expect(languages.map(({ language }) => language.language.name)).toEqual(['dockerfile', 'text', 'yaml']);
  });
});
