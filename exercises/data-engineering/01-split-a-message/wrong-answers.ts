import type { WrongAnswer } from '../../wrong-answer';

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'splits on \\n\\n only (Windows line endings never match)',
    files: {
      'message-parts.ts': `export function splitMessage(raw: string) {
  const i = raw.indexOf('\\n\\n');
  return i < 0 ? { headerBlock: raw, body: '' } : { headerBlock: raw.slice(0, i), body: raw.slice(i + 2) };
}`,
    },
  },
  {
    name: 'splits at the last empty line instead of the first',
    files: {
      'message-parts.ts': `export function splitMessage(raw: string) {
  const i = raw.lastIndexOf('\\n\\n');
  return i < 0 ? { headerBlock: raw, body: '' } : { headerBlock: raw.slice(0, i), body: raw.slice(i + 2) };
}`,
    },
  },
  {
    name: 'splits into lines and re-joins them (loses the \\r and the last line break)',
    files: {
      'message-parts.ts': `export function splitMessage(raw: string) {
  const lines = raw.split(/\\r?\\n/);
  const i = lines.indexOf('');
  if (i < 0) return { headerBlock: raw, body: '' };
  return { headerBlock: lines.slice(0, i).join('\\n'), body: lines.slice(i + 1).join('\\n') };
}`,
    },
  },
  {
    name: 'no empty line: puts everything in the body',
    files: {
      'message-parts.ts': `export function splitMessage(raw: string) {
  const m = /\\r?\\n\\r?\\n/.exec(raw);
  if (!m) return { headerBlock: '', body: raw };
  return { headerBlock: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}`,
    },
  },
];

export default wrongAnswers;
