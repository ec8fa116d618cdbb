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
];

export default wrongAnswers;
