/**
 * Docusaurus plugin: the facilitator guide's numbers, computed when the site builds from the
 * course itself (lessons' word counts, exercises' estimated minutes and wrong answers), so the
 * agendas follow the course as it grows. Pages read them with `useCoursePlan()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { loadExercises } from '../exercises/load-exercises';
import { ASSUMPTIONS, oneDayAgenda, planChapters, twoDayAgenda, type Agenda, type ExerciseFacts, type PlannedChapter } from './agenda';
import { readCourseOutline } from './outline';
import { wrongAnswerNames } from './wrong-answer-names';

export interface CoursePlan {
  assumptions: typeof ASSUMPTIONS;
  chapters: PlannedChapter[];
  agendas: { oneDay: Agenda; twoDay: Agenda };
}

/** The page that holds a section per chapter; a chapter added to the course must get one. */
const CHAPTER_NOTES = join('docs', 'workshop', 'chapter-notes.mdx');

export function computeCoursePlan(siteDir: string): CoursePlan {
  const exercises = loadExercises(join(siteDir, 'exercises'), join(siteDir, 'project'));
  const facts: Record<string, ExerciseFacts> = Object.fromEntries(
    exercises.map((exercise) => {
      const path = join(exercise.dir, 'wrong-answers.ts');
      const mistakes = existsSync(path) ? wrongAnswerNames(readFileSync(path, 'utf8'), path) : [];
      return [exercise.id, { title: exercise.meta.title, minutes: exercise.meta.minutes, mistakes }];
    }),
  );
  const chapters = planChapters(readCourseOutline(join(siteDir, 'docs')), facts);
  return { assumptions: ASSUMPTIONS, chapters, agendas: { oneDay: oneDayAgenda(chapters), twoDay: twoDayAgenda(chapters) } };
}

/** Chapters that have no `<ChapterNotes chapter="…" />` on the notes page. */
export function chaptersWithoutNotes(plan: CoursePlan, notesSource: string): string[] {
  return plan.chapters.filter((chapter) => !notesSource.includes(`<ChapterNotes chapter="${chapter.slug}"`)).map((chapter) => chapter.slug);
}

export default function coursePlanPlugin(context: LoadContext): Plugin {
  return {
    name: 'course-plan',

    getPathsToWatch() {
      return [join(context.siteDir, 'docs/**/*.{md,mdx,json}'), join(context.siteDir, 'exercises/**/*.{json,ts}')];
    },

    async loadContent() {
      const plan = computeCoursePlan(context.siteDir);
      const missing = chaptersWithoutNotes(plan, readFileSync(join(context.siteDir, CHAPTER_NOTES), 'utf8'));
      if (missing.length > 0) throw new Error(`${CHAPTER_NOTES} has no <ChapterNotes chapter="…" /> for: ${missing.join(', ')}. Every chapter needs facilitator notes.`);
      return plan;
    },

    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
