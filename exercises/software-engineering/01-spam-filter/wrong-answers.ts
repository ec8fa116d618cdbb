import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'spam-filter.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'spam only above the threshold, not at it', files: { 'spam-filter.ts': slip("score >= this.threshold ? 'spam'", "score > this.threshold ? 'spam'") } },
  { name: 'a fixed threshold of 0.5', files: { 'spam-filter.ts': slip("score >= this.threshold ? 'spam'", "score >= 0.5 ? 'spam'") } },
  { name: 'whitespace-only is not refused as empty', files: { 'spam-filter.ts': slip("if (raw.trim() === '')", "if (raw === '')") } },
  { name: 'size counted in characters, not bytes', files: { 'spam-filter.ts': slip('if (sizeBytes > this.maxMessageBytes)', 'if (raw.length > this.maxMessageBytes)') } },
  { name: 'a message exactly at the limit is refused', files: { 'spam-filter.ts': slip('if (sizeBytes > this.maxMessageBytes)', 'if (sizeBytes >= this.maxMessageBytes)') } },
  { name: 'every usual header field required', files: { 'spam-filter.ts': slip('EMAIL_FIELDS.some(', 'EMAIL_FIELDS.every(') } },
  { name: 'reasons count ignored', files: { 'spam-filter.ts': slip('reasonsFor(this.model, features, this.reasonCount)', 'reasonsFor(this.model, features, 5)') } },
  { name: 'naive Bayes features for every model', files: { 'spam-filter.ts': slip('FEATURES[this.kind](', 'naiveBayesFeatures(') } },
  { name: 'batch skips refused messages', files: { 'spam-filter.ts': slip('return raws.map((raw) => {', 'return raws.filter((raw) => raw.trim() !== \'\').map((raw) => {') } },
  { name: 'batch swallows every error', files: { 'spam-filter.ts': slip('if (!(error instanceof SpamFilterError)) throw error;\n        return { ok: false, error: { code: error.code, message: error.message } };', "return { ok: false, error: { code: (error as SpamFilterError).code, message: String(error) } };") } },
];

export default wrongAnswers;
