import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import InlineMarkdown from './InlineMarkdown';
import styles from './styles.module.css';

export function exerciseHeadingId(id: string): string {
  return `exercise-${id.replace(/[^a-z0-9-]/g, '-')}`;
}

/** Title and goal: the same before and after the editor loads, so nothing jumps. */
export default function ExerciseHeader({ exercise }: { exercise: ExerciseData }) {
  return (
    <header className={styles.header}>
      <p className={styles.eyebrow}>Exercise</p>
      <h3 className={styles.title} id={exerciseHeadingId(exercise.id)}>
        {exercise.title}
      </h3>
      <p className={styles.goal}>
        <InlineMarkdown text={exercise.goal} />
      </p>
    </header>
  );
}
