import type { ReactNode } from 'react';
import type { Classification } from '@project/spam-filter';
import ScoreBar from './ScoreBar';
import styles from './styles.module.css';

/** What the filter decided, how sure it was, and which words pushed it there. */
export default function Verdict({ result, latencyMs }: { result: Classification; latencyMs: number }): ReactNode {
  const spam = result.label === 'spam';
  return (
    <section className={styles.verdict} aria-live="polite" aria-label="Result">
      <p className={spam ? styles.badgeSpam : styles.badgeHam} data-testid="verdict">
        {spam ? 'Spam' : 'Not spam'}
      </p>
      <ScoreBar score={result.score} threshold={result.threshold} />
      <p className={styles.latency}>Classified in your browser in {latencyMs.toFixed(2)} ms.</p>
      <h3 className={styles.reasonsTitle}>Why: the words that moved the score most</h3>
      <table className={styles.reasons}>
        <thead>
          <tr>
            <th scope="col">token</th>
            <th scope="col">pushed towards</th>
            <th scope="col">weight</th>
          </tr>
        </thead>
        <tbody>
          {result.reasons.map((reason) => (
            <tr key={reason.token}>
              <td>
                <code>{reason.token}</code>
              </td>
              <td>{reason.weight > 0 ? 'spam' : 'not spam'}</td>
              <td>{reason.weight.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
