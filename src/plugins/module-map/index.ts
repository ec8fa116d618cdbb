/**
 * Docusaurus plugin: the project's module map, read from `project/src` when the site builds
 * (see `read-modules.ts`), for the Reference page. Pages read it with `usePluginData('module-map')`.
 */
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadExercises } from '../exercises/load-exercises';
import { readCourseOutline } from '../course-plan/outline';
import { readProjectModules, type ProjectModule } from './read-modules';

export function readModuleMap(siteDir: string): ProjectModule[] {
  const exercises = loadExercises(join(siteDir, 'exercises'), join(siteDir, 'project'));
  const lessons = readCourseOutline(join(siteDir, 'docs')).flatMap((chapter) => chapter.lessons);
  return readProjectModules(join(siteDir, 'project'), exercises, (id) => lessons.find((lesson) => lesson.exercises.includes(id))?.path);
}

export default function moduleMapPlugin(context: LoadContext): Plugin {
  return {
    name: 'module-map',
    getPathsToWatch() {
      return [join(context.siteDir, 'project/src/*.ts')];
    },
    async loadContent() {
      return readModuleMap(context.siteDir);
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData({ modules: content });
    },
  };
}
