/**
 * Docusaurus plugin: before any page is built, checks every file the pipeline wrote against its
 * schema, so pages never render from a stale or damaged file (and the types pages read them
 * through are true). A failure names the file and the field, and says how to rebuild.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { ARTEFACTS, type ArtefactPath } from '../../project/src/artefacts';

export function artefactProblems(generatedDir: string): string[] {
  const problems: string[] = [];
  for (const file of Object.keys(ARTEFACTS) as ArtefactPath[]) {
    const path = join(generatedDir, file);
    if (!existsSync(path)) {
      problems.push(`generated/${file} is missing`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`generated/${file} is not JSON: ${(error as Error).message}`);
      continue;
    }
    const result = ARTEFACTS[file].safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 5)) problems.push(`generated/${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
  }
  return problems;
}

export default function artefactsPlugin(context: LoadContext): Plugin {
  return {
    name: 'artefacts',
    async loadContent() {
      const problems = artefactProblems(join(context.siteDir, 'generated'));
      if (problems.length > 0) {
        throw new Error(`The pipeline's files do not match their schemas (project/src/artefacts.ts):\n  - ${problems.join('\n  - ')}\nRun \`npm run pipeline -- --force\` to rebuild them.`);
      }
    },
  };
}
