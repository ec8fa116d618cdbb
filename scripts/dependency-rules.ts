/**
 * Which part of the repository may import which, as dependency-cruiser rules, and the check
 * that applies them (`dependency-rules.test.ts` runs it in `npm test`). The parts:
 *   project/    the spam filter: depends on no other folder of ours; project/src runs in browsers
 *   src/        the site and the in-browser runner: may use the project
 *   exercises/  starters, answers and tests: the project, their own files, and what the
 *               runner lets exercise code import
 */
import { cruise, type IForbiddenRuleType, type IReporterOutput, type IViolation } from 'dependency-cruiser';
import extractTypeScriptConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { ALLOWED_LIBRARIES } from '../src/runner/resolve';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A file of one exercise folder: `exercises/<chapter>/<NN-slug>/…`, its tooling aside.
const EXERCISE_FILE = '^exercises/([^/]+/[^/]+)/(?!wrong-answers\\.ts$)';

export const dependencyRules: IForbiddenRuleType[] = [
  {
    name: 'no-circular',
    comment: 'A cycle makes a module impossible to understand, test or replace on its own.',
    severity: 'error',
    // The runner's fixture is a deliberate cycle: the runner must give cyclic imports CommonJS semantics.
    from: { pathNot: '^src/runner/fixtures/' },
    to: { circular: true },
  },
  {
    name: 'project-stands-alone',
    comment: 'project/ is an ordinary project: the course depends on it, never the other way round.',
    severity: 'error',
    from: { path: '^project/' },
    to: { path: '^(src|exercises|docs|scripts|tests|static)/' },
  },
  {
    name: 'project-src-runs-in-browsers',
    comment: 'project/src runs in the learner\'s browser and the demo page: no Node built-ins, no Node-only project code.',
    severity: 'error',
    from: { path: '^project/src/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'project-src-not-node-parts',
    comment: 'project/node (pipeline, server, benchmarks) builds on project/src, not the reverse.',
    severity: 'error',
    from: { path: '^project/src/' },
    to: { path: '^project/node/' },
  },
  {
    name: 'runner-without-react',
    comment: 'The runner knows nothing of editors, hints or progress: the UI uses it, not the reverse.',
    severity: 'error',
    from: { path: '^src/runner/' },
    to: { path: ['^src/(components|theme|pages)/', '^node_modules/(react|react-dom|@codesandbox)/'] },
  },
  {
    name: 'exercise-imports',
    comment: `Exercise code may import its own files, project modules, datasets, course:display and the libraries the runner allows (${ALLOWED_LIBRARIES.join(', ')}).`,
    severity: 'error',
    from: { path: EXERCISE_FILE },
    to: {
      pathNot: [
        '^exercises/$1/',
        // A test's `./rules` is the learner's file or its answer, laid over the folder at run time.
        '^\\./[\\w./-]+$',
        '^project/src/',
        '^dataset:[a-z0-9-]+$',
        ...ALLOWED_LIBRARIES.map((name) => (name.startsWith('course:') ? `^${escape(name)}$` : `^node_modules/${escape(name)}/`)),
      ],
    },
  },
];

/** What a violation is, in one line: the file, the import and the rule with its reason. */
export function describeViolation(violation: IViolation): string {
  const rule = dependencyRules.find((candidate) => candidate.name === violation.rule.name);
  const target = violation.cycle ? violation.cycle.map((step) => step.name).join(' → ') : violation.to;
  return `${violation.from} → ${target}: ${violation.rule.name} (${rule?.comment ?? ''})`;
}

/** Cruises `paths` (relative to `baseDir`) under the rules; returns each violation described. */
export async function dependencyViolations(paths: string[], baseDir: string, tsConfigPath: string): Promise<string[]> {
  const result: IReporterOutput = await cruise(
    paths,
    {
      baseDir,
      ruleSet: { forbidden: dependencyRules },
      validate: true,
      tsPreCompilationDeps: true,
      tsConfig: { fileName: tsConfigPath },
      exclude: { path: '(^|/)(node_modules|build|generated|\\.docusaurus)/' },
      doNotFollow: { path: 'node_modules' },
    },
    // Packages that publish only `exports` (hono/body-limit, @actions/workflow-parser) resolve through them.
    { exportsFields: ['exports'], conditionNames: ['import', 'require', 'types', 'default'] },
    { tsConfig: extractTypeScriptConfig(tsConfigPath) },
  );
  if (typeof result.output === 'string') throw new Error(`dependency-cruiser gave no result: ${result.output}`);
  return (result.output.summary.violations ?? []).map(describeViolation);
}
