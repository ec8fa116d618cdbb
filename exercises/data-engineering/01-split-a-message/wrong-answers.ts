import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'message-parts.ts');

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
  {
    name: 'splits on the separator and re-joins the rest with \\n\\n (a CRLF body loses its \\r)',
    files: {
      'message-parts.ts': `export function splitMessage(raw: string) {
  const [headerBlock, ...rest] = raw.split(/\\r?\\n\\r?\\n/);
  return { headerBlock, body: rest.join('\\n\\n') };
}`,
    },
  },
  {
    name: 'looks for \\r\\n\\r\\n first, then \\n\\n (a later CRLF empty line wins)',
    files: {
      'message-parts.ts': `export function splitMessage(raw: string) {
  let i = raw.indexOf('\\r\\n\\r\\n');
  let length = 4;
  if (i < 0) {
    i = raw.indexOf('\\n\\n');
    length = 2;
  }
  return i < 0 ? { headerBlock: raw, body: '' } : { headerBlock: raw.slice(0, i), body: raw.slice(i + length) };
}`,
    },
  },
  { name: 'knows only \\n\\n and \\r\\n\\r\\n, not a mix of the two', files: { 'message-parts.ts': slip('/\\r?\\n\\r?\\n/.exec(raw)', '/\\r\\n\\r\\n|\\n\\n/.exec(raw)') } },
  { name: 'takes a line of spaces for the empty line', files: { 'message-parts.ts': slip('/\\r?\\n\\r?\\n/.exec(raw)', '/\\r?\\n[ \\t]*\\r?\\n/.exec(raw)') } },
];

export default wrongAnswers;
