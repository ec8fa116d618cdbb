import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, oneDayAgenda, planChapters, twoDayAgenda, type Agenda, type ExerciseFacts } from './agenda';
import { chaptersWithoutNotes, computeCoursePlan } from './index';
import { countWords, type ChapterOutline } from './outline';
import { wrongAnswerNames } from './wrong-answer-names';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A synthetic course: `chapters` chapters of `lessons` lessons, each with `words` words and one exercise of `minutes`. */
function course(chapters: number, lessons: number, words: number, minutes: number) {
  const outline: ChapterOutline[] = [];
  const exercises: Record<string, ExerciseFacts> = {};
  for (let c = 0; c < chapters; c++) {
    outline.push({
      slug: `chapter-${c}`,
      label: `Chapter ${c}`,
      lessons: Array.from({ length: lessons }, (_, l) => {
        const id = `chapter-${c}/0${l}-exercise`;
        exercises[id] = { title: `Exercise ${c}.${l}`, minutes, mistakes: [] };
        return { path: `/learn/chapter-${c}/lesson-${l}`, title: `Lesson ${c}.${l}`, words, exercises: [id] };
      }),
    });
  }
  return planChapters(outline, exercises);
}

/** Reading and exercise minutes an agenda schedules, plus those it leaves for before or after. */
function accountedMinutes(agenda: Agenda): number {
  const scheduled = agenda.days.flat().reduce((sum, row) => sum + (row.readingMinutes ?? 0) + (row.exercises ?? []).reduce((total, exercise) => total + exercise.minutes, 0), 0);
  const off = [...agenda.before, ...agenda.after].reduce((sum, item) => sum + item.minutes, 0);
  return scheduled + off;
}

function expectWellFormed(agenda: Agenda) {
  const { sessions } = ASSUMPTIONS;
  for (const rows of agenda.days) {
    expect(rows[0].start).toBe(sessions[0].start);
    expect(rows.at(-1)!.end).toBe(sessions.at(-1)!.end);
    // Contiguous: each row starts when the previous one ends, and none is empty.
    rows.forEach((row, i) => {
      expect(row.end).toBeGreaterThan(row.start);
      if (i > 0) expect(row.start).toBe(rows[i - 1].end);
    });
    // Breaks stay where the day's shape puts them.
    for (let s = 1; s < sessions.length; s++) {
      expect(rows.find((row) => row.start === sessions[s - 1].end && (row.kind === 'break' || row.kind === 'lunch'))?.end).toBe(sessions[s].start);
    }
  }
}

describe('timings', () => {
  it('reads at the stated rate, rounding up, and adds each exercise once, where it is first embedded', () => {
    const exercises = { 'a/01-x': { title: 'X', minutes: 12, mistakes: [] }, 'a/02-y': { title: 'Y', minutes: 8, mistakes: [] } };
    const [chapter] = planChapters(
      [
        {
          slug: 'a',
          label: 'A',
          lessons: [
            { path: '/learn/a', title: 'A', words: ASSUMPTIONS.wordsPerMinute * 2 + 1, exercises: ['a/01-x'] },
            { path: '/learn/a/b', title: 'B', words: 10, exercises: ['a/01-x', 'a/02-y'] },
          ],
        },
      ],
      exercises,
    );
    expect(chapter.readingMinutes).toBe(3 + 1);
    expect(chapter.exerciseMinutes).toBe(20);
    expect(chapter.sessionMinutes).toBe(ASSUMPTIONS.chapterOpeningMinutes + 4 + 20 + ASSUMPTIONS.discussionMinutes);
    expect(() => planChapters([{ slug: 'a', label: 'A', lessons: [{ path: '/p', title: 'P', words: 1, exercises: ['a/09-none'] }] }], exercises)).toThrow('/p embeds "a/09-none", which is not an exercise');
  });

  it('counts the words a reader reads: no import lines, tags or markup; an expression prints one word', () => {
    expect(countWords("import x from 'y';\n\n# A title\n\nTwo *words* and {count(n)} more.\n\n<Exercise id=\"a/01-b\" />\n\n| a | b |\n")).toBe(2 + 5 + 2);
  });

  it('reads the names of the wrong answers an exercise\'s tests reject', () => {
    const source = `const slip = solutionSlips(import.meta.url, 'a.ts');
export default [
  { name: 'clamps only at the top', files: { 'a.ts': slip('x', 'y') } },
  { name: "forgets the empty case", files: {} },
  { name: 'not a wrong answer' },
];`;
    expect(wrongAnswerNames(source, 'wrong-answers.ts')).toEqual(['clamps only at the top', 'forgets the empty case']);
  });
});

describe('agendas', () => {
  it('lay out a short course within the days, everything scheduled, the rest open time', () => {
    const chapters = course(3, 2, 600, 10);
    const two = twoDayAgenda(chapters);
    expectWellFormed(two);
    expect(two.after).toEqual([]);
    expect(accountedMinutes(two)).toBe(chapters.reduce((sum, chapter) => sum + chapter.readingMinutes + chapter.exerciseMinutes, 0));
    expect(two.days[1].some((row) => row.title.startsWith('Open time'))).toBe(true);
  });

  it('recompute as the course grows: what does not fit is listed for afterwards, and nothing is lost', () => {
    const small = course(8, 2, 800, 15);
    const grown = course(8, 5, 800, 25);
    for (const chapters of [small, grown]) {
      for (const agenda of [oneDayAgenda(chapters), twoDayAgenda(chapters)]) {
        expectWellFormed(agenda);
        expect(accountedMinutes(agenda)).toBe(chapters.reduce((sum, chapter) => sum + chapter.readingMinutes + chapter.exerciseMinutes, 0));
      }
    }
    const afterSmall = twoDayAgenda(small).after.reduce((sum, item) => sum + item.minutes, 0);
    const afterGrown = twoDayAgenda(grown).after.reduce((sum, item) => sum + item.minutes, 0);
    expect(afterGrown).toBeGreaterThan(afterSmall);
    expect(oneDayAgenda(grown).before.map((item) => item.chapter)).toEqual(['chapter-0']);
  });

  it('never ends a session on a chapter\'s opening or on a lesson\'s reading cut off from what follows it', () => {
    for (const words of [200, 700, 1300]) {
      for (const minutes of [5, 10, 15, 20, 25, 30]) {
        for (const lessons of [1, 2, 3, 4]) {
          const chapters = course(6, lessons, words, minutes);
          for (const agenda of [oneDayAgenda(chapters), twoDayAgenda(chapters)]) {
            for (const rows of agenda.days) {
              rows.forEach((row, i) => {
                const shape = `${words} words, ${minutes} min, ${lessons} lessons: ${row.title}`;
                if (row.kind === 'opening') expect(rows[i + 1].kind, shape).toBe('lesson');
                if (row.kind === 'lesson') expect(row.exercises!.length, `${shape} is read but not done`).toBeGreaterThan(0);
              });
            }
          }
        }
      }
    }
  });
});

describe('the course as it is', () => {
  const plan = computeCoursePlan(root);

  it('schedules every embedded exercise once, in a day or for before or after it', () => {
    const embedded = plan.chapters.flatMap((chapter) => chapter.lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id)));
    for (const agenda of [plan.agendas.oneDay, plan.agendas.twoDay]) {
      const placed = agenda.days.flat().flatMap((row) => (row.exercises ?? []).map((exercise) => exercise.id));
      const off = [...agenda.before, ...agenda.after].flatMap((item) => item.lessons.map((lesson) => lesson.path));
      const offExercises = plan.chapters.flatMap((chapter) => chapter.lessons.filter((lesson) => off.includes(lesson.path)).flatMap((lesson) => lesson.exercises.map((exercise) => exercise.id)));
      expect(new Set([...placed, ...offExercises])).toEqual(new Set(embedded));
      expect(placed.length).toBe(new Set(placed).size);
    }
  });

  it('has facilitator notes for every chapter', () => {
    expect(chaptersWithoutNotes(plan, readFileSync(join(root, 'docs', 'workshop', 'chapter-notes.mdx'), 'utf8'))).toEqual([]);
    expect(chaptersWithoutNotes(plan, '<ChapterNotes chapter="intro" />')).toContain('product');
  });
});
