import { lazy, Suspense, useRef } from 'react';
import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import ExerciseHeader, { exerciseHeadingId, type HeadingLevel } from './ExerciseHeader';
import ExercisePlaceholder from './ExercisePlaceholder';
import { useLearnerEngaged } from '@site/src/components/useLearnerEngaged';
import { useNearViewport } from '@site/src/components/useNearViewport';
import styles from './styles.module.css';

// The editor, the runner client and their dependencies: one chunk, fetched only near an exercise
// and once the learner is at the page (an exercise on the first screen waits for a scroll or a tap).
const ExerciseWorkbench = lazy(() => import(/* webpackChunkName: "exercise-workbench" */ './ExerciseWorkbench'));

export interface ExerciseProps {
  id: string;
  /** Filled in at build time by the remark plugin from `generated/exercises/<id>.json`. */
  exercise?: ExerciseData;
  /** Filled in by the remark plugin: one below the heading of the section the exercise sits in. */
  headingLevel?: HeadingLevel;
}

/** `<Exercise id="chapter/NN-slug" />` in a lesson. */
export default function Exercise({ id, exercise, headingLevel = 3 }: ExerciseProps) {
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  const engaged = useLearnerEngaged();
  const open = near && engaged;
  if (!exercise) {
    throw new Error(`<Exercise id="${id}" /> received no exercise data: lessons must be .mdx files under docs/, where the exercises remark plugin runs.`);
  }
  const placeholder = <ExercisePlaceholder exercise={exercise} loading={open} />;
  return (
    <section ref={ref} className={styles.exercise} aria-labelledby={exerciseHeadingId(exercise.id)} data-exercise={exercise.id}>
      <ExerciseHeader exercise={exercise} level={headingLevel} />
      {open ? (
        <Suspense fallback={placeholder}>
          <ExerciseWorkbench exercise={exercise} />
        </Suspense>
      ) : (
        placeholder
      )}
    </section>
  );
}
