import type { WrongAnswer } from '../../wrong-answer';

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  {
    name: 'a constant',
    files: {
      'links.ts': `export function communicationLinks(people: number): number { return 3; }`,
    },
  },
  {
    name: 'counts each pair twice',
    files: {
      'links.ts': `export function communicationLinks(people: number): number { return people * (people - 1); }`,
    },
  },
  {
    name: 'a chain, not every pair',
    files: {
      'links.ts': `export function communicationLinks(people: number): number { return Math.max(0, people - 1); }`,
    },
  },
  {
    name: 'people squared, halved',
    files: {
      'links.ts': `export function communicationLinks(people: number): number { return Math.floor((people * people) / 2); }`,
    },
  },
  {
    name: 'a table of the sizes the lessons quote',
    files: {
      'links.ts': `const known: Record<number, number> = { 1: 0, 2: 1, 3: 3, 4: 6, 7: 21, 21: 210 };
export function communicationLinks(people: number): number { return known[people] ?? people; }`,
    },
  },
  {
    name: 'special-cases small teams as people - 1 (an empty team gets -1)',
    files: {
      'links.ts': `export function communicationLinks(people: number): number {
  if (people <= 2) return people - 1;
  return (people * (people - 1)) / 2;
}`,
    },
  },
  {
    name: 'recursion whose base case is a team of one (an empty team never stops)',
    files: {
      'links.ts': `export function communicationLinks(people: number): number {
  if (people === 1) return 0;
  return communicationLinks(people - 1) + people - 1;
}`,
    },
  },
  {
    name: 'n! / (2 (n - 2)!), which overflows for a large team',
    files: {
      'links.ts': `const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
export function communicationLinks(people: number): number {
  if (people < 2) return 0;
  return factorial(people) / (2 * factorial(people - 2));
}`,
    },
  },
];

export default wrongAnswers;
