import type { ScoredEmail } from '../src/evaluate';
import type { RocPoint } from '../src/metrics';

/**
 * Thins a ROC curve for the browser: a point is kept when it moved at least `step` from the
 * last kept one, so the steep low-FPR corner keeps its detail and the flat top costs little.
 */
export function thinRoc(points: readonly RocPoint[], step = 0.005): { fpr: number; tpr: number }[] {
  const kept = [points[0]];
  for (const point of points.slice(1, -1)) {
    const last = kept[kept.length - 1];
    if (point.falsePositiveRate - last.falsePositiveRate >= step || point.truePositiveRate - last.truePositiveRate >= step) kept.push(point);
  }
  kept.push(points[points.length - 1]);
  return kept.map((p) => ({ fpr: p.falsePositiveRate, tpr: p.truePositiveRate }));
}

export interface HistogramBin {
  from: number;
  to: number;
  spam: number;
  ham: number;
}

/** Counts of spam and ham per score bin on [0, 1]. */
export function scoreHistogram(scored: readonly ScoredEmail[], bins = 20): HistogramBin[] {
  const histogram = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, spam: 0, ham: 0 }));
  for (const { label, score } of scored) histogram[Math.min(bins - 1, Math.floor(score * bins))][label]++;
  return histogram;
}
