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
  {
    name: 'a junk line does not end the field above it (its continuation sticks to the wrong field)',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const fields = new Map<string, string[]>();
  let current: { values: string[]; index: number } | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\\t') {
      if (current) current.values[current.index] += line;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      continue;
    }
    const name = match[1].toLowerCase();
    let values = fields.get(name);
    if (!values) fields.set(name, (values = []));
    current = { values, index: values.push(match[2]) - 1 };
  }
  for (const values of fields.values()) for (let i = 0; i < values.length; i++) values[i] = values[i].trim();
  return Object.fromEntries(fields);
}
export function firstHeader(headers: Headers, name: string): string {
  return headers[name]?.[0] ?? '';
}`,
    },
  },
  {
    name: 'trims each piece as it is read (unfolding loses the spaces at the end of a line)',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const fields = new Map<string, string[]>();
  let current: { values: string[]; index: number } | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\\t') {
      if (current) current.values[current.index] += line;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      current = null;
      continue;
    }
    const name = match[1].toLowerCase();
    let values = fields.get(name);
    if (!values) fields.set(name, (values = []));
    current = { values, index: values.push(match[2].trim()) - 1 };
  }
  for (const values of fields.values()) for (let i = 0; i < values.length; i++) values[i] = values[i].trimEnd();
  return Object.fromEntries(fields);
}
export function firstHeader(headers: Headers, name: string): string {
  return headers[name]?.[0] ?? '';
}`,
    },
  },
  {
    name: 'builds a plain object with ??= (a field called __proto__ breaks it)',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const fields: Headers = {};
  let current: { values: string[]; index: number } | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\\t') {
      if (current) current.values[current.index] += line;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      current = null;
      continue;
    }
    const name = match[1].toLowerCase();
    const values = (fields[name] ??= []);
    current = { values, index: values.push(match[2]) - 1 };
  }
  for (const values of Object.values(fields)) for (let i = 0; i < values.length; i++) values[i] = values[i].trim();
  return fields;
}
export function firstHeader(headers: Headers, name: string): string {
  return headers[name]?.[0] ?? '';
}`,
    },
  },
  {
    name: 'copies the list of values on every new value (quadratic on a hostile message)',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const fields = new Map<string, string[]>();
  let current: { values: string[]; index: number } | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line === '') break;
    if (line[0] === ' ' || line[0] === '\\t') {
      if (current) current.values[current.index] += line;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      current = null;
      continue;
    }
    const name = match[1].toLowerCase();
    const values = [...(fields.get(name) ?? []), match[2]];
    fields.set(name, values);
    current = { values, index: values.length - 1 };
  }
  for (const values of fields.values()) for (let i = 0; i < values.length; i++) values[i] = values[i].trim();
  return Object.fromEntries(fields);
}
export function firstHeader(headers: Headers, name: string): string {
  return headers[name]?.[0] ?? '';
}`,
    },
  },
  {
    name: 'a line of spaces ends the headers',
    files: {
      'headers.ts': `export type Headers = Record<string, string[]>;
const FIELD = /^([!-9;-~]+)[ \\t]*:(.*)$/;
export function parseHeaders(raw: string): Headers {
  const fields = new Map<string, string[]>();
  let current: { values: string[]; index: number } | null = null;
  for (const line of raw.split(/\\r?\\n/)) {
    if (line.trim() === '') break;
    if (line[0] === ' ' || line[0] === '\\t') {
      if (current) current.values[current.index] += line;
      continue;
    }
    const match = FIELD.exec(line);
    if (!match) {
      current = null;
      continue;
    }
    const name = match[1].toLowerCase();
    let values = fields.get(name);
    if (!values) fields.set(name, (values = []));
    current = { values, index: values.push(match[2]) - 1 };
  }
  for (const values of fields.values()) for (let i = 0; i < values.length; i++) values[i] = values[i].trim();
  return Object.fromEntries(fields);
}
export function firstHeader(headers: Headers, name: string): string {
  return headers[name]?.[0] ?? '';
}`,
    },
  },
];

export default wrongAnswers;
