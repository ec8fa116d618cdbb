/**
 * Docusaurus plugin: the reference project "Take it home" builds the learner's download from
 * (see `src/take-it-home/`), written among the files the site serves as they are. Pages fetch it
 * only when the learner asks for their project, so it weighs on no page; the offline cache keeps it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { gatherReferenceProject } from '../take-it-home/gather-reference';
import { REFERENCE_PROJECT_URL } from '../take-it-home/reference-project';

export default function takeItHomePlugin(context: LoadContext): Plugin {
  return {
    name: 'take-it-home',
    getPathsToWatch() {
      return [join(context.siteDir, 'project/**/*.ts'), join(context.siteDir, 'exercises/*/*/exercise.json')];
    },
    async loadContent() {
      const path = join(context.siteDir, 'generated', 'public', REFERENCE_PROJECT_URL);
      const text = `${JSON.stringify(gatherReferenceProject(context.siteDir))}\n`;
      // Rewriting an unchanged file would make the dev server reload.
      if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  };
}
