import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const rules = solutionSlips(import.meta.url, 'dockerfile-rules.ts');
const dockerfile = solutionSlips(import.meta.url, 'Dockerfile');
const ignore = solutionSlips(import.meta.url, '.dockerignore');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'any digest counts as a pin', files: { 'dockerfile-rules.ts': rules('!/^sha256:[0-9a-f]{64}$/.test(stage.from.getImageDigest() ?? \'\')', '!stage.from.getImageDigest()') } },
  { name: 'stage names compared case by case', files: { 'dockerfile-rules.ts': rules('!earlier.has(image.toLowerCase())', '!earlier.has(image)') } },
  { name: 'every stage name counts, even later ones', files: { 'dockerfile-rules.ts': rules('const earlier = new Set<string>();', 'const earlier = new Set<string>(stages.flatMap((stage) => (stage.name ? [stage.name] : [])));') } },
  { name: 'scratch must be pinned too', files: { 'dockerfile-rules.ts': rules(" && image !== 'scratch'", '') } },
  { name: 'the first USER counts, not the last', files: { 'dockerfile-rules.ts': rules("named(final, 'USER').at(-1)", "named(final, 'USER')[0]") } },
  { name: 'a USER in any stage counts', files: { 'dockerfile-rules.ts': rules("named(final, 'USER').at(-1)", "stages.flatMap((stage) => named(stage, 'USER')).at(-1)") } },
  { name: 'root with a group passes', files: { 'dockerfile-rules.ts': rules(".split(':')[0]", '') } },
  { name: 'anything starting with root is root', files: { 'dockerfile-rules.ts': rules("name === 'root' || name === '0'", "name.startsWith('root') || name === '0'") } },
  { name: 'no USER at all passes', files: { 'dockerfile-rules.ts': rules("if (!user) return [{ line: lineOf(final.from), message: 'The final stage sets no USER, so the service runs as root.' }];", 'if (!user) return [];') } },
  { name: 'the image runs as root', files: { Dockerfile: dockerfile('USER node\n', '') } },
  { name: 'the base image by tag only', files: { Dockerfile: dockerfile('-bookworm-slim@sha256:2cf067cfed83d5ea958367df9f966191a942351a2df77d6f0193e162b5febfc0 AS runtime', '-bookworm-slim AS runtime') } },
  { name: 'the command in shell form', files: { Dockerfile: dockerfile('CMD ["node", "serve.mjs"]', 'CMD node serve.mjs') } },
  { name: 'listens on 127.0.0.1 inside the container', files: { Dockerfile: dockerfile('HOST=0.0.0.0', 'HOST=127.0.0.1') } },
  { name: 'the .dockerignore is a deny-list', files: { '.dockerignore': ignore('*\n', 'node_modules\n') } },
  { name: 'the .dockerignore leaves project/ out', files: { '.dockerignore': ignore('!project/\n', '') } },
];

export default wrongAnswers;
