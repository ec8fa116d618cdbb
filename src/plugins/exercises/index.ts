/**
 * Docusaurus plugin: validates every exercise when the site builds or starts (and again when
 * one changes in dev), then writes one JSON per exercise under `generated/exercises/`. A page
 * imports only the exercises it embeds (see `remark-exercise-embeds.ts`); the course-wide list
 * of ids and titles goes to global data for the progress page.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadExercises, toExerciseData, toExerciseIndex } from './load-exercises';
import type { ExerciseIndexEntry } from './schema';

export function generatedExercisePath(siteDir: string, id: string): string {
  return join(siteDir, 'generated', 'exercises', `${id}.json`);
}

// Rewriting an unchanged file would make the dev server rebuild every page that imports it.
function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function removeStale(dir: string, keep: Set<string>): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !keep.has(path)) rmSync(path);
  }
}

export default function exercisesPlugin(context: LoadContext): Plugin {
  const exercisesDir = join(context.siteDir, 'exercises');
  return {
    name: 'exercises',

    getPathsToWatch() {
      return [join(exercisesDir, '**/*.{json,ts,tsx,js,txt,md,csv}')];
    },

    async loadContent(): Promise<ExerciseIndexEntry[]> {
      const exercises = loadExercises(exercisesDir, join(context.siteDir, 'project'));
      const written = new Set<string>();
      for (const exercise of exercises) {
        const path = generatedExercisePath(context.siteDir, exercise.id);
        writeIfChanged(path, `${JSON.stringify(toExerciseData(exercise, exercises))}\n`);
        written.add(path);
      }
      removeStale(join(context.siteDir, 'generated', 'exercises'), written);
      console.log(`[exercises] ${exercises.length} exercises valid, written to ${relative(context.siteDir, join(context.siteDir, 'generated', 'exercises'))}/`);
      return toExerciseIndex(exercises);
    },

    async contentLoaded({ content, actions }) {
      actions.setGlobalData({ exercises: content });
    },
  };
}
