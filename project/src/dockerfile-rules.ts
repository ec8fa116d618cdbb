/**
 * What the service's image must promise, checked on its Dockerfile and .dockerignore as text:
 * nothing here needs a Docker engine. The Dockerfile is read by a real parser (dockerfile-ast,
 * the one behind the Docker language server), so line continuations, comments, JSON-form
 * arguments and stage names are understood as Docker understands them.
 */
import { DockerfileParser, type Copy, type From, type Instruction } from 'dockerfile-ast';

/** One build stage: its FROM line and every instruction up to the next FROM. */
export interface Stage {
  from: From;
  /** The name given with `AS`, lower-cased as Docker compares it; null when it has none. */
  name: string | null;
  instructions: Instruction[];
}

/** A rule's complaint: where (1-based line, 0 for the .dockerignore as a whole) and what. */
export interface Problem {
  line: number;
  message: string;
}

export interface ImageFiles {
  dockerfile: string;
  dockerignore: string;
}

export type ImageRuleName = 'multi-stage' | 'pinned-base-image' | 'non-root-user' | 'health-check' | 'exec-form-command' | 'small-build-context';

/** A failed rule: which, where, what, and why it matters. */
export interface ImageFinding extends Problem {
  rule: ImageRuleName;
  why: string;
}

export function parseStages(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(dockerfile).getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      stages.push({ from, name: from.getBuildStage()?.toLowerCase() ?? null, instructions: [] });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const lineOf = (instruction: Instruction) => instruction.getRange().start.line + 1;
const named = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.getKeyword() === keyword);

/** The final image is built in a later stage from what an earlier one produced. */
export function multiStage(stages: Stage[]): Problem[] {
  const final = stages.at(-1);
  if (!final) return [{ line: 1, message: 'The Dockerfile has no FROM instruction.' }];
  if (stages.length < 2) return [{ line: lineOf(final.from), message: 'There is one stage: the tools that build the service ship with it.' }];
  const copiesFromBuild = named(final, 'COPY').some((copy) => (copy as Copy).getFlags().some((flag) => flag.getName() === 'from'));
  return copiesFromBuild ? [] : [{ line: lineOf(final.from), message: 'The final stage copies nothing from an earlier stage (`COPY --from=…`).' }];
}

/**
 * Every base image is pinned by its digest (`image:tag@sha256:…`, 64 hex digits). A FROM that
 * names an earlier stage (`FROM build`) or `scratch` pulls nothing, so it needs no digest.
 */
export function pinnedBaseImages(stages: Stage[]): Problem[] {
  const problems: Problem[] = [];
  const earlier = new Set<string>();
  for (const stage of stages) {
    const image = stage.from.getImage();
    // A FROM with no image at all is Docker's error to report, not this rule's.
    const pullsAnImage = image !== null && !earlier.has(image.toLowerCase()) && image !== 'scratch';
    if (pullsAnImage && !/^sha256:[0-9a-f]{64}$/.test(stage.from.getImageDigest() ?? '')) {
      problems.push({ line: lineOf(stage.from), message: `FROM ${image} is not pinned by digest: add @sha256:<digest> after the tag.` });
    }
    if (stage.name) earlier.add(stage.name);
  }
  return problems;
}

/** The final stage's last USER is neither root nor UID 0 (`root`, `0`, `root:root`, `0:0`…). */
export function nonRootUser(stages: Stage[]): Problem[] {
  const final = stages.at(-1);
  if (!final) return [];
  const user = named(final, 'USER').at(-1);
  if (!user) return [{ line: lineOf(final.from), message: 'The final stage sets no USER, so the service runs as root.' }];
  const name = (user.getArgumentsContent() ?? '').split(':')[0];
  return name === 'root' || name === '0' ? [{ line: lineOf(user), message: `USER ${user.getArgumentsContent()} is root.` }] : [];
}

/** The final stage declares a HEALTHCHECK that asks the service's /healthz. */
export function healthCheck(stages: Stage[]): Problem[] {
  const final = stages.at(-1);
  if (!final) return [];
  const check = named(final, 'HEALTHCHECK').at(-1);
  if (!check) return [{ line: lineOf(final.from), message: 'The final stage has no HEALTHCHECK.' }];
  return /\/healthz\b/.test(check.getArgumentsContent() ?? '') ? [] : [{ line: lineOf(check), message: 'The HEALTHCHECK does not ask /healthz.' }];
}

/** CMD and ENTRYPOINT in exec (JSON) form, so the service is PID 1 and receives `docker stop`'s SIGTERM. */
export function execFormCommand(stages: Stage[]): Problem[] {
  const final = stages.at(-1);
  if (!final) return [];
  return [...named(final, 'CMD'), ...named(final, 'ENTRYPOINT')]
    .filter((instruction) => !(instruction.getArgumentsContent() ?? '').trim().startsWith('['))
    .map((instruction) => ({ line: lineOf(instruction), message: `${instruction.getKeyword()} is in shell form: /bin/sh becomes PID 1 and does not pass SIGTERM on. Write it as a JSON array.` }));
}

/** Folders that must never reach the build context: they are big, built again inside, or secret. */
const NEVER_SENT = ['node_modules', 'generated', '.git', '.env'];

/**
 * `.dockerignore` is an allow-list: its first pattern, `*`, leaves everything out, and `!path`
 * lines bring back what the build needs; none of them brings back a folder of `NEVER_SENT`.
 */
export function smallBuildContext(dockerignore: string): Problem[] {
  const patterns = dockerignore
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const problems: Problem[] = [];
  if (patterns[0] !== '*') problems.push({ line: 0, message: 'The .dockerignore does not start with `*`: everything not listed is sent to the build.' });
  for (const pattern of patterns.filter((line) => line.startsWith('!'))) {
    const path = pattern.slice(1).replace(/^\/+|\/+$/g, '');
    const sent = NEVER_SENT.find((folder) => path === folder || path.startsWith(`${folder}/`));
    if (sent) problems.push({ line: 0, message: `The .dockerignore brings back ${sent} (\`${pattern}\`).` });
  }
  return problems;
}

export const IMAGE_RULES: { name: ImageRuleName; why: string; check: (stages: Stage[], files: ImageFiles) => Problem[] }[] = [
  { name: 'multi-stage', why: 'Compilers, dev dependencies and the corpus stay in the build stage: the shipped image is smaller and has less to attack.', check: multiStage },
  { name: 'pinned-base-image', why: 'A tag can be moved to other bytes at any time; a digest cannot, so next month\'s build starts from the image you tested.', check: pinnedBaseImages },
  { name: 'non-root-user', why: 'A flaw in the service then gives an attacker an unprivileged user, not root, inside the container.', check: nonRootUser },
  { name: 'health-check', why: 'Docker and the platform learn that the process is up but not answering, and can restart or replace it.', check: healthCheck },
  { name: 'exec-form-command', why: 'The service gets SIGTERM, finishes its requests and exits, instead of being killed after the stop timeout.', check: execFormCommand },
  { name: 'small-build-context', why: 'Sending only what the build reads keeps builds fast and secrets (.env, the git history) out of every layer.', check: (_stages, files) => smallBuildContext(files.dockerignore) },
];

/** Every rule the image breaks, in rule order; none means the files keep every promise. */
export function checkImage(files: ImageFiles): ImageFinding[] {
  const stages = parseStages(files.dockerfile);
  return IMAGE_RULES.flatMap(({ name, why, check }) => check(stages, files).map((problem) => ({ rule: name, why, ...problem })));
}

/** One finding as a line a person reads: `Dockerfile:5 pinned-base-image: … Why: …`. */
export function describeFinding(finding: ImageFinding): string {
  const where = finding.line === 0 ? '.dockerignore' : `Dockerfile:${finding.line}`;
  return `${where} ${finding.rule}: ${finding.message} Why it matters: ${finding.why}`;
}
