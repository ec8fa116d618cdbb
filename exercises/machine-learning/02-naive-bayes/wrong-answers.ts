import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'naive-bayes.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'counts presence, not occurrences (Bernoulli, not multinomial)', files: { 'naive-bayes.ts': slip('row[features.indices[k]] += features.values[k];', 'row[features.indices[k]] += 1;') } },
  { name: 'smooths the denominator by 1 instead of by the vocabulary size', files: { 'naive-bayes.ts': slip('const spamDenominator = total(counts.tokens.spam) + smoothing * size;', 'const spamDenominator = total(counts.tokens.spam) + smoothing;') } },
  { name: 'divides by messages instead of tokens', files: { 'naive-bayes.ts': slip('const hamDenominator = total(counts.tokens.ham) + smoothing * size;', 'const hamDenominator = counts.messages.ham + smoothing * size;') } },
  { name: 'prior odds without the +1', files: { 'naive-bayes.ts': slip('Math.log((counts.messages.spam + 1) / (counts.messages.ham + 1))', 'Math.log(counts.messages.spam / counts.messages.ham)') } },
  { name: 'weights the wrong way round (ham over spam)', files: { 'naive-bayes.ts': slip('weights[i] = Math.log((counts.tokens.spam[i] + smoothing) / spamDenominator) - Math.log((counts.tokens.ham[i] + smoothing) / hamDenominator);', 'weights[i] = Math.log((counts.tokens.ham[i] + smoothing) / hamDenominator) - Math.log((counts.tokens.spam[i] + smoothing) / spamDenominator);') } },
  { name: 'never counts the messages', files: { 'naive-bayes.ts': slip('  counts.messages[label]++;\n', '') } },
];

export default wrongAnswers;
