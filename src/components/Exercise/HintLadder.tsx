import { useEffect, useRef } from 'react';
import InlineMarkdown from './InlineMarkdown';
import styles from './styles.module.css';

/**
 * Hints, one at a time, from a nudge to nearly the answer. How many were used is saved with
 * the exercise; revealed hints stay revealed.
 */
export default function HintLadder({ hints, used, onReveal }: { hints: string[]; used: number; onReveal: () => void }) {
  const latest = useRef<HTMLLIElement>(null);
  const revealedHere = useRef(false);

  // Move focus to a hint the learner just asked for, so a screen reader reads it out.
  useEffect(() => {
    if (revealedHere.current) latest.current?.focus();
  }, [used]);

  if (used === 0) return null;
  return (
    <section className={styles.panel} aria-label="Hints">
      <h4 className={styles.panelTitle}>
        Hints <span className={styles.panelCount}>({used} of {hints.length})</span>
      </h4>
      <ol className={styles.hints}>
        {hints.slice(0, used).map((hint, i) => (
          <li key={i} ref={i === used - 1 ? latest : undefined} tabIndex={-1} className={styles.hint}>
            <InlineMarkdown text={hint} />
          </li>
        ))}
      </ol>
      {used < hints.length && (
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => {
            revealedHere.current = true;
            onReveal();
          }}
        >
          Show hint {used + 1} of {hints.length}
        </button>
      )}
    </section>
  );
}
