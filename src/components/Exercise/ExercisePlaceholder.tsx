import CodeBlock from '@theme/CodeBlock';
import type { ExerciseData } from '@site/src/plugins/exercises/schema';
import { prismLanguage } from './fileLanguage';
import styles from './styles.module.css';

/**
 * What the server renders and what shows while the editor loads: the starter code,
 * highlighted, so the page is readable without JavaScript and does not jump when the editor arrives.
 */
export default function ExercisePlaceholder({ exercise, loading }: { exercise: ExerciseData; loading: boolean }) {
  const file = exercise.activeFile;
  return (
    <div className={styles.placeholder}>
      <CodeBlock language={prismLanguage(file)} title={file} showLineNumbers>
        {exercise.files[file].code}
      </CodeBlock>
      <p className={styles.loading} role="status">
        {loading && <span className={styles.spinner} aria-hidden="true" />}
        {loading ? 'Loading editor…' : 'The editor opens when you scroll, tap or press a key.'}
      </p>
    </div>
  );
}
