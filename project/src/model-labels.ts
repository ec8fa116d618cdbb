import type { ModelName } from './compare-models';

/** Each model's name as reports and lessons print it. */
export const MODEL_LABELS: Record<ModelName, string> = {
  rules: 'Rules baseline',
  'naive-bayes': 'Naive Bayes',
  'logistic-regression': 'Logistic regression',
};
