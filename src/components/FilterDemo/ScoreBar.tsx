import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** The score on a 0–1 scale, with the threshold marked: how far the message sits from the line. */
export default function ScoreBar({ score, threshold }: { score: number; threshold: number }): ReactNode {
  return (
    <div className={styles.scoreBar}>
      <div
        className={styles.scoreTrack}
        role="meter"
        aria-label="Spam score"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={Number(score.toFixed(3))}
        aria-valuetext={`${score.toFixed(3)}, threshold ${threshold.toFixed(3)}`}>
        <div className={score >= threshold ? styles.scoreFillSpam : styles.scoreFillHam} style={{ width: `${score * 100}%` }} />
        <div className={styles.thresholdMark} style={{ left: `${threshold * 100}%` }} />
      </div>
      <div className={styles.scoreLegend}>
        <span>
          score <strong>{score.toFixed(3)}</strong>
        </span>
        <span>
          threshold <strong>{threshold.toFixed(3)}</strong>
        </span>
      </div>
    </div>
  );
}
