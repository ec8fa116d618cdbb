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
  {
    name: 'a greedy regular expression: /subject.*:/ runs to the last colon',
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  const head = raw.split(/\\r?\\n\\r?\\n/)[0];
  const m = /^subject.*:(.*(?:\\r?\\n[ \\t].*)*)/im.exec(head);
  return m ? m[1].replace(/\\r?\\n/g, '').trim() : undefined;
}`,
    },
  },
  {
    name: 'the headers end at "\\n\\n", which CRLF mail does not have',
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  const end = raw.indexOf('\\n\\n');
  const lines = (end === -1 ? raw : raw.slice(0, end)).split(/\\r?\\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^subject[ \\t]*:(.*)$/i.exec(lines[i]);
    if (!m) continue;
    let value = m[1];
    while (i + 1 < lines.length && /^[ \\t]/.test(lines[i + 1])) value += lines[++i];
    return value.trim();
  }
  return undefined;
}`,
    },
  },
  {
    name: "appends every indented line after the Subject, other headers' included",
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  const lines = raw.split(/\\r?\\n/);
  const end = lines.indexOf('');
  const headers = end === -1 ? lines : lines.slice(0, end);
  const at = headers.findIndex((l) => /^subject[ \\t]*:/i.test(l));
  if (at === -1) return undefined;
  let value = headers[at].replace(/^subject[ \\t]*:/i, '');
  for (const next of headers.slice(at + 1)) if (/^[ \\t]/.test(next)) value += next;
  return value.trim();
}`,
    },
  },
  {
    name: "split(':')[1] keeps only the text up to the next colon",
    files: {
      'subject.ts': `export function readSubject(raw: string): string | undefined {
  const lines = raw.split(/\\r?\\n/);
  for (let i = 0; i < lines.length && lines[i] !== ''; i++) {
    if (!/^subject[ \\t]*:/i.test(lines[i])) continue;
    let value = lines[i].split(':')[1];
    while (i + 1 < lines.length && /^[ \\t]/.test(lines[i + 1])) value += lines[++i];
    return value.trim();
  }
  return undefined;
}`,
    },
  },
];

export default wrongAnswers;
