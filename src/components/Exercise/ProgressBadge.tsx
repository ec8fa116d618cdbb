import clsx from 'clsx';
import type { ExerciseProgress } from '@site/src/progress/schema';
import styles from './styles.module.css';

/** Where the learner stands on this exercise, at a glance. */
export default function ProgressBadge({ progress, hintsTotal }: { progress: ExerciseProgress; hintsTotal: number }) {
  const status = progress.passed ? 'Passed' : progress.attempted ? 'In progress' : 'Not started';
  return (
    <p className={styles.badges}>
      <span className={clsx(styles.badge, progress.passed && styles.badgePassed)} data-testid="exercise-status">
        {progress.passed && <span aria-hidden="true">✓ </span>}
        {status}
      </span>
      {progress.hintsUsed > 0 && (
        <span className={styles.badge}>
          {progress.hintsUsed} of {hintsTotal} hints
        </span>
      )}
      {progress.solutionRevealed && <span className={styles.badge}>Solution seen</span>}
    </p>
  );
}
