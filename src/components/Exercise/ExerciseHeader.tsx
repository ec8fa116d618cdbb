import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import InlineMarkdown from './InlineMarkdown';
import styles from './styles.module.css';

export function exerciseHeadingId(id: string): string {
  return `exercise-${id.replace(/[^a-z0-9-]/g, '-')}`;
}

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Title and goal: the same before and after the editor loads, so nothing jumps. */
export default function ExerciseHeader({ exercise, level }: { exercise: ExerciseData; level: HeadingLevel }) {
  const Heading = `h${level}` as const;
  return (
    <header className={styles.header}>
      <p className={styles.eyebrow}>Exercise</p>
      <Heading className={styles.title} id={exerciseHeadingId(exercise.id)}>
        {exercise.title}
      </Heading>
      <p className={styles.goal}>
        <InlineMarkdown text={exercise.goal} />
      </p>
    </header>
  );
}
