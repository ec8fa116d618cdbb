/**
 * Turns the course (lessons' word counts, exercises' estimated minutes) into workshop timings
 * and one- and two-day agendas. Pure functions of the outline, so the agendas recompute
 * themselves whenever a lesson or an exercise is added; the facilitation allowances (welcome,
 * chapter openings, discussions, the day's shape) are the guide's stated assumptions.
 */
import type { ChapterOutline } from './outline';

/** Assumptions the guide states next to its agendas. */
export const ASSUMPTIONS = {
  /** Careful reading of technical prose with code. */
  wordsPerMinute: 200,
  welcomeMinutes: 15,
  chapterOpeningMinutes: 5,
  discussionMinutes: 10,
  wrapUpMinutes: 10,
  /** The day's teaching sessions, in minutes since midnight: 09:00–10:30, 10:45–12:30, 13:30–15:00, 15:15–17:00. */
  sessions: [
    { start: 9 * 60, end: 10 * 60 + 30 },
    { start: 10 * 60 + 45, end: 12 * 60 + 30 },
    { start: 13 * 60 + 30, end: 15 * 60 },
    { start: 15 * 60 + 15, end: 17 * 60 },
  ],
};

export interface PlannedExercise {
  id: string;
  title: string;
  minutes: number;
  /** The plausible wrong answers its tests reject: the slips participants make. */
  mistakes: string[];
}

export interface PlannedLesson {
  path: string;
  title: string;
  words: number;
  readingMinutes: number;
  exercises: PlannedExercise[];
}

export interface PlannedChapter {
  slug: string;
  label: string;
  path: string;
  lessons: PlannedLesson[];
  readingMinutes: number;
  exerciseMinutes: number;
  /** Opening, reading, exercises and discussion: the chapter run in the room. */
  sessionMinutes: number;
}

export type AgendaRowKind = 'welcome' | 'opening' | 'lesson' | 'discussion' | 'catch-up' | 'break' | 'lunch' | 'wrap-up';

export interface AgendaRow {
  start: number;
  end: number;
  kind: AgendaRowKind;
  title: string;
  chapter?: string;
  /** The page it is about, when there is one. */
  path?: string;
  readingMinutes?: number;
  exercises?: { id: string; title: string; minutes: number }[];
}

/** Lessons (or a whole chapter) that did not fit: reading and exercises for before or after the day. */
export interface OffAgenda {
  chapter: string;
  label: string;
  path: string;
  lessons: { title: string; path: string }[];
  minutes: number;
}

export interface Agenda {
  format: 'one-day' | 'two-day';
  before: OffAgenda[];
  days: AgendaRow[][];
  after: OffAgenda[];
}

export interface ExerciseFacts {
  title: string;
  minutes: number;
  mistakes: string[];
}

export const readingMinutes = (words: number) => Math.ceil(words / ASSUMPTIONS.wordsPerMinute);

/** Every chapter with its lessons' reading time and exercises; an exercise counts where it is first embedded. */
export function planChapters(outline: ChapterOutline[], exercises: Record<string, ExerciseFacts>): PlannedChapter[] {
  const seen = new Set<string>();
  return outline.map((chapter) => {
    const lessons = chapter.lessons.map((lesson) => ({
      path: lesson.path,
      title: lesson.title,
      words: lesson.words,
      readingMinutes: readingMinutes(lesson.words),
      exercises: lesson.exercises
        .filter((id) => !seen.has(id) && seen.add(id))
        .map((id) => {
          const facts = exercises[id];
          if (!facts) throw new Error(`${lesson.path} embeds "${id}", which is not an exercise`);
          return { id, ...facts };
        }),
    }));
    const reading = lessons.reduce((sum, lesson) => sum + lesson.readingMinutes, 0);
    const exercising = lessons.reduce((sum, lesson) => sum + lesson.exercises.reduce((total, exercise) => total + exercise.minutes, 0), 0);
    return {
      slug: chapter.slug,
      label: chapter.label,
      path: chapter.lessons[0]?.path ?? '',
      lessons,
      readingMinutes: reading,
      exerciseMinutes: exercising,
      sessionMinutes: ASSUMPTIONS.chapterOpeningMinutes + reading + exercising + ASSUMPTIONS.discussionMinutes,
    };
  });
}

/** One thing to schedule; a lesson is a reading step and one step per exercise, so it can span a break. */
interface Step {
  minutes: number;
  kind: 'opening' | 'reading' | 'exercise' | 'discussion';
  chapter: PlannedChapter;
  lesson?: PlannedLesson;
  exercise?: PlannedExercise;
}

function stepsOf(chapter: PlannedChapter): Step[] {
  return [
    { minutes: ASSUMPTIONS.chapterOpeningMinutes, kind: 'opening', chapter },
    ...chapter.lessons.flatMap((lesson): Step[] => [
      { minutes: lesson.readingMinutes, kind: 'reading', chapter, lesson },
      ...lesson.exercises.map((exercise): Step => ({ minutes: exercise.minutes, kind: 'exercise', chapter, lesson, exercise })),
    ]),
    { minutes: ASSUMPTIONS.discussionMinutes, kind: 'discussion', chapter },
  ];
}

/** A chapter's opening and a lesson's reading start only where what follows them in the same chapter fits too. */
function minutesNeeded(steps: Step[], index: number): number {
  const step = steps[index];
  const following = steps[index + 1];
  const leadsIn = (step.kind === 'opening' || step.kind === 'reading') && following?.chapter === step.chapter;
  return step.minutes + (leadsIn ? minutesNeeded(steps, index + 1) : 0);
}

function offAgenda(chapter: PlannedChapter, lessons: PlannedLesson[]): OffAgenda {
  return {
    chapter: chapter.slug,
    label: chapter.label,
    path: chapter.path,
    lessons: lessons.map((lesson) => ({ title: lesson.title, path: lesson.path })),
    minutes: lessons.reduce((sum, lesson) => sum + lesson.readingMinutes + lesson.exercises.reduce((total, exercise) => total + exercise.minutes, 0), 0),
  };
}

/** Adds a step to the day's rows, merging it into the row of its lesson when that row is the last one. */
function addStep(rows: AgendaRow[], step: Step, start: number): void {
  const end = start + step.minutes;
  const last = rows.at(-1);
  if ((step.kind === 'reading' || step.kind === 'exercise') && last?.kind === 'lesson' && last.path === step.lesson!.path && last.end === start) {
    last.end = end;
    if (step.exercise) last.exercises!.push({ id: step.exercise.id, title: step.exercise.title, minutes: step.exercise.minutes });
    else last.readingMinutes = (last.readingMinutes ?? 0) + step.minutes;
    return;
  }
  const { chapter } = step;
  if (step.kind === 'opening') rows.push({ start, end, kind: 'opening', title: `${chapter.label}: goals and set-up`, chapter: chapter.slug, path: chapter.path });
  else if (step.kind === 'discussion') rows.push({ start, end, kind: 'discussion', title: `${chapter.label}: discussion`, chapter: chapter.slug });
  else
    rows.push({
      start,
      end,
      kind: 'lesson',
      title: step.lesson!.title,
      chapter: chapter.slug,
      path: step.lesson!.path,
      readingMinutes: step.exercise ? 0 : step.minutes,
      exercises: step.exercise ? [{ id: step.exercise.id, title: step.exercise.title, minutes: step.exercise.minutes }] : [],
    });
}

/**
 * Lays chapters out over `days` days in course order. A step that does not fit the rest of a
 * session starts after the break (the gap becomes catch-up time); what does not fit the last
 * day goes to `after`, lesson by lesson (a chapter cut short is discussed another time).
 */
function schedule(chapters: PlannedChapter[], days: number): { days: AgendaRow[][]; after: OffAgenda[] } {
  const steps = chapters.flatMap(stepsOf);
  const { sessions } = ASSUMPTIONS;
  const lastEnd = sessions.at(-1)!.end - ASSUMPTIONS.wrapUpMinutes;
  const result: AgendaRow[][] = [];
  let next = 0;
  for (let day = 0; day < days; day++) {
    const rows: AgendaRow[] = [];
    sessions.forEach((session, index) => {
      let time = session.start;
      const end = index === sessions.length - 1 ? lastEnd : session.end;
      if (day === 0 && index === 0) {
        rows.push({ start: time, end: time + ASSUMPTIONS.welcomeMinutes, kind: 'welcome', title: 'Welcome, goals of the day, laptops checked' });
        time += ASSUMPTIONS.welcomeMinutes;
      }
      // An empty session takes its first step even if it overruns, so an outsized step cannot stall the plan.
      while (next < steps.length && (time + minutesNeeded(steps, next) <= end || time === session.start)) {
        addStep(rows, steps[next], time);
        time += steps[next].minutes;
        next++;
      }
      if (time < end) rows.push({ start: time, end, kind: 'catch-up', title: next < steps.length ? 'Catch-up and questions' : 'Open time: unfinished exercises, the capstone, questions' });
      if (index < sessions.length - 1) {
        const following = sessions[index + 1].start;
        const lunch = following - session.end >= 45;
        rows.push({ start: Math.max(end, time), end: following, kind: lunch ? 'lunch' : 'break', title: lunch ? 'Lunch' : 'Break' });
      }
    });
    rows.push({ start: lastEnd, end: sessions.at(-1)!.end, kind: 'wrap-up', title: day === days - 1 ? 'Wrap-up: what we built, what to do next' : 'Wrap-up and questions' });
    result.push(rows);
  }
  const leftover = steps.slice(next);
  const after: OffAgenda[] = [];
  for (const chapter of chapters) {
    const lessons = [...new Set(leftover.filter((step) => step.chapter === chapter && step.lesson).map((step) => step.lesson!))];
    if (lessons.length > 0) after.push(offAgenda(chapter, lessons));
  }
  return { days: result, after };
}

/** One day: the introduction is read and done beforehand; the day runs from the first chapter on. */
export function oneDayAgenda(chapters: PlannedChapter[]): Agenda {
  const [introduction, ...rest] = chapters;
  const { days, after } = schedule(rest, 1);
  return { format: 'one-day', before: [offAgenda(introduction, introduction.lessons)], days, after };
}

/** Two days: every chapter in the room, in course order, from the introduction on. */
export function twoDayAgenda(chapters: PlannedChapter[]): Agenda {
  const { days, after } = schedule(chapters, 2);
  return { format: 'two-day', before: [], days, after };
}
