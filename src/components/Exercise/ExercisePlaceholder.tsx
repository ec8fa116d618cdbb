import CodeBlock from '@theme/CodeBlock';
import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import styles from './styles.module.css';

/**
 * What the server renders and what shows while the editor loads: the starter code,
 * highlighted, so the page is readable without JavaScript and does not jump when the editor arrives.
 */
export default function ExercisePlaceholder({ exercise }: { exercise: ExerciseData }) {
  const file = exercise.activeFile;
  return (
    <div className={styles.placeholder}>
      <CodeBlock language="ts" title={file} showLineNumbers>
        {exercise.files[file].code}
      </CodeBlock>
      <p className={styles.loading} role="status">
        <span className={styles.spinner} aria-hidden="true" />
        Loading editor…
      </p>
    </div>
  );
}
