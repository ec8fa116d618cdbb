import type { WrongAnswer } from '../../wrong-answer';

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'a repeated field overwrites the earlier one',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const headers: Headers = {};
  let last: string | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (/^[ \\t]/.test(line)) { if (last) headers[last][0] += line; continue; }
    const m = FIELD.exec(line);
    if (!m) { last = null; continue; }
    last = m[1].toLowerCase();
    headers[last] = [m[2]];
  }
  for (const k of Object.keys(headers)) headers[k] = headers[k].map((v) => v.trim());
  return headers;
}
export function firstHeader(headers: Headers, name: string): string { return headers[name]?.[0] ?? ''; }`,
    },
  },
  {
    name: 'no unfolding: continuation lines are dropped',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const headers: Headers = {};
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    const m = FIELD.exec(line);
    if (!m) continue;
    (headers[m[1].toLowerCase()] ??= []).push(m[2].trim());
  }
  return headers;
}
export function firstHeader(headers: Headers, name: string): string { return headers[name]?.[0] ?? ''; }`,
    },
  },
  {
    name: 'unfolds by trimming the continuation (loses the whitespace)',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const headers: Headers = {};
  let cur: string[] | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (/^[ \\t]/.test(line)) { if (cur) cur[cur.length - 1] += ' ' + line.trim(); continue; }
    const m = FIELD.exec(line);
    if (!m) { cur = null; continue; }
    cur = headers[m[1].toLowerCase()] ??= [];
    cur.push(m[2]);
  }
  for (const k of Object.keys(headers)) headers[k] = headers[k].map((v) => v.trim());
  return headers;
}
export function firstHeader(headers: Headers, name: string): string { return headers[name]?.[0] ?? ''; }`,
    },
  },
  {
    name: 'keeps the names as written (case-sensitive)',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const headers: Headers = {};
  let cur: string[] | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (/^[ \\t]/.test(line)) { if (cur) cur[cur.length - 1] += line; continue; }
    const m = FIELD.exec(line);
    if (!m) { cur = null; continue; }
    cur = headers[m[1]] ??= [];
    cur.push(m[2]);
  }
  for (const k of Object.keys(headers)) headers[k] = headers[k].map((v) => v.trim());
  return headers;
}
export function firstHeader(headers: Headers, name: string): string { return headers[name.toLowerCase()]?.[0] ?? ''; }`,
    },
  },
];

export default wrongAnswers;
