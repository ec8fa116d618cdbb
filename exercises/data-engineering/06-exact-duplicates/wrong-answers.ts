import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'exact-duplicates.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'does not trim the ends', files: { 'exact-duplicates.ts': slip(".replace(/\\s+/g, ' ').trim()", ".replace(/\\s+/g, ' ')") } },
  { name: 'points at the LAST copy seen', files: { 'exact-duplicates.ts': slip('if (first !== undefined) return first;\n    firstWithBody.set(body, i);', 'firstWithBody.set(body, i);\n    if (first !== undefined) return first;') } },
  { name: 'empty bodies are duplicates of each other', files: { 'exact-duplicates.ts': slip("if (body === '') return -1;\n", '') } },
  { name: 'compares raw text, not normalised', files: { 'exact-duplicates.ts': slip('const body = normaliseBody(text);', 'const body = text;') } },
  { name: 'collapses only spaces, tabs and line breaks (a non-breaking space stays)', files: { 'exact-duplicates.ts': slip(".replace(/\\s+/g, ' ')", ".replace(/[ \\t\\r\\n]+/g, ' ')") } },
  { name: 'deletes line breaks instead of turning them into spaces', files: { 'exact-duplicates.ts': slip(".replace(/\\s+/g, ' ')", ".replace(/[\\r\\n]+/g, '').replace(/\\s+/g, ' ')") } },
  {
    name: 'keeps the first copies in a plain object ("constructor" is already a key)',
    files: {
      'exact-duplicates.ts': slip(
        "  const firstWithBody = new Map<string, number>();\n  return texts.map((text, i) => {\n    const body = normaliseBody(text);\n    if (body === '') return -1;\n    const first = firstWithBody.get(body);\n    if (first !== undefined) return first;\n    firstWithBody.set(body, i);\n    return i;\n  });",
        "  const seen: Record<string, number> = {};\n  return texts.map((text, i) => {\n    const body = normaliseBody(text);\n    if (body === '') return -1;\n    if (seen[body] !== undefined) return seen[body];\n    seen[body] = i;\n    return i;\n  });",
      ),
    },
  },
  {
    name: 'looks each body up with indexOf (one comparison per pair)',
    files: {
      'exact-duplicates.ts': slip(
        "  const firstWithBody = new Map<string, number>();\n  return texts.map((text, i) => {\n    const body = normaliseBody(text);\n    if (body === '') return -1;\n    const first = firstWithBody.get(body);\n    if (first !== undefined) return first;\n    firstWithBody.set(body, i);\n    return i;\n  });",
        "  const bodies = texts.map(normaliseBody);\n  return bodies.map((body) => (body === '' ? -1 : bodies.indexOf(body)));",
      ),
    },
  },
];

export default wrongAnswers;
