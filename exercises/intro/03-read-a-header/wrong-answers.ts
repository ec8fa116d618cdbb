import type { WrongAnswer } from '../../wrong-answer';

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'first line only (no unfolding)',
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') return undefined;
    const m = /^subject:(.*)$/i.exec(line);
    if (m) return m[1].trim();
  }
  return undefined;
}`,
    },
  },
  {
    name: 'searches the whole message, body included',
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  const m = /^subject:(.*(?:\\r?\\n[ \\t].*)*)/im.exec(raw);
  return m ? m[1].replace(/\\r?\\n/g, '').trim() : undefined;
}`,
    },
  },
  {
    name: 'case-sensitive header name',
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  const lines = raw.split(/\\r?\\n/);
  for (let i = 0; i < lines.length && lines[i] !== ''; i++) {
    if (!lines[i].startsWith('Subject:')) continue;
    let value = lines[i].slice(8);
    while (i + 1 < lines.length && /^[ \\t]/.test(lines[i + 1])) value += lines[++i];
    return value.trim();
  }
  return undefined;
}`,
    },
  },
];

export default wrongAnswers;
