import { useState } from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import LineDiff from './LineDiff';
import { prismLanguage } from './fileLanguage';
import styles from './styles.module.css';

type View = 'solution' | 'diff';

/**
 * The reference answer, and a diff of the learner's code against it, for every file they can
 * edit. Shown only once the learner has confirmed (see `SolutionConfirm`).
 */
export default function SolutionPanel({
  solution,
  learnerFiles,
  onUseSolution,
}: {
  solution: Record<string, string>;
  learnerFiles: Record<string, string>;
  onUseSolution: () => void;
}) {
  const [view, setView] = useState<View>('solution');
  const paths = Object.keys(solution).sort();
  return (
    <section className={styles.panel} aria-label="Solution">
      <div className={styles.panelHeader}>
        <h4 className={styles.panelTitle}>Solution</h4>
        <div className={styles.segmented} role="group" aria-label="Show">
          <button type="button" aria-pressed={view === 'solution'} className={clsx(styles.segment)} onClick={() => setView('solution')}>
            Reference answer
          </button>
          <button type="button" aria-pressed={view === 'diff'} className={clsx(styles.segment)} onClick={() => setView('diff')}>
            Your code vs. the answer
          </button>
        </div>
      </div>
      {view === 'diff' && (
        <p className={styles.legend}>
          <span className={clsx(styles.legendItem, styles.diff_removed)}>− only in your code</span>
          <span className={clsx(styles.legendItem, styles.diff_added)}>+ only in the answer</span>
        </p>
      )}
      {paths.map((path) =>
        view === 'solution' ? (
          <CodeBlock key={path} language={prismLanguage(path)} title={path} showLineNumbers>
            {solution[path]}
          </CodeBlock>
        ) : (
          <div key={path} className={styles.diffFile}>
            <p className={styles.diffTitle}>{path}</p>
            <LineDiff before={learnerFiles[path] ?? ''} after={solution[path]} label={`Differences in ${path}`} />
          </div>
        ),
      )}
      <button type="button" className="button button--sm button--secondary" onClick={onUseSolution}>
        Put the answer in the editor
      </button>
    </section>
  );
}
