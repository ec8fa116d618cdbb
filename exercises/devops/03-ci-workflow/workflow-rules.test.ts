import { describe, expect, it } from 'vitest';
import { pinnedActions, testsBeforeDeploy, type Workflow, type WorkflowJob } from './workflow-rules';

const SHA = '11d5960a326750d5838078e36cf38b85af677262';
const job = (id: string, parts: Partial<WorkflowJob> = {}): WorkflowJob => ({ id, needs: [], steps: [], ...parts });
const tests = job('test', { steps: [{ uses: `actions/checkout@${SHA}` }, { run: 'npm ci' }, { run: 'npm test' }] });
const publish = (needs: string[], parts: Partial<WorkflowJob> = {}) => job('publish', { needs, permissions: { contents: 'read', packages: 'write' }, steps: [{ run: 'docker push x' }], ...parts });
const workflow = (...jobs: WorkflowJob[]): Workflow => ({ events: ['push'], permissions: { contents: 'read' }, jobs });
const show = (value: Workflow) => `\n${JSON.stringify(value.jobs.map(({ id, needs, permissions, environment }) => ({ id, needs, permissions, environment })))}\n`;

describe('testsBeforeDeploy', () => {
  it('accepts a deploying job that needs the test job, directly or through others, listed in any order', () => {
    for (const value of [
      workflow(tests, publish(['test'])),
      workflow(publish(['build']), job('build', { needs: ['test'], steps: [{ run: 'npm run build' }] }), tests),
      workflow(publish(['lint', 'build']), job('lint'), job('build', { needs: ['lint', 'test'] }), tests),
      workflow(job('check', { steps: [{ run: 'npm run test' }] }), publish(['check'])),
    ]) {
      expect(testsBeforeDeploy(value), show(value)).toEqual([]);
    }
  });

  it('flags a deploying job that needs no job running the tests, naming it', () => {
    for (const value of [workflow(tests, publish([])), workflow(tests, job('build', { steps: [{ run: 'npm run build' }] }), publish(['build']))]) {
      const problems = testsBeforeDeploy(value);
      expect(problems, show(value)).toHaveLength(1);
      expect(problems[0], show(value)).toContain('"publish"');
    }
  });

  it('counts a job as deploying when it targets an environment, or may write anything', () => {
    for (const parts of [{ environment: 'production', permissions: undefined }, { permissions: 'write-all' as const }, { permissions: { 'id-token': 'write' } }]) {
      const value = workflow(tests, publish([], parts));
      expect(testsBeforeDeploy(value), show(value)).toHaveLength(1);
    }
    const readOnly = workflow(job('docs', { permissions: { contents: 'read', pages: 'read' }, steps: [{ run: 'npm run docs' }] }));
    expect(testsBeforeDeploy(readOnly), `${show(readOnly)}: a job that only reads deploys nothing`).toEqual([]);
  });

  it('does not trust tests that run with write access: that job deploys, untested, and so does what needs it', () => {
    const writing = { ...tests, permissions: { contents: 'write' } };
    const value = workflow(writing, publish(['test']));
    const problems = testsBeforeDeploy(value);
    expect(problems.map((problem) => problem.match(/"(\w+)"/)?.[1]), show(value)).toEqual(['test', 'publish']);
  });

  it('reports each deploying job once, in job order, and ends on needs that go round in a circle', () => {
    const value = workflow(job('a', { needs: ['b'], environment: 'staging' }), job('b', { needs: ['a'], environment: 'production' }), tests);
    expect(testsBeforeDeploy(value).map((problem) => problem.match(/"(\w+)"/)?.[1]), show(value)).toEqual(['a', 'b']);
  });

  it('ignores a need that names no job (GitHub itself refuses such a file)', () => {
    const value = workflow(tests, publish(['test', 'gone']));
    expect(testsBeforeDeploy(value), show(value)).toEqual([]);
  });
});

describe('pinnedActions', () => {
  const uses = (...actions: string[]) => workflow(job('build', { steps: actions.map((action) => ({ uses: action })) }));

  it('accepts actions pinned to a full commit SHA, local actions, and docker images pinned by digest', () => {
    const value = uses(`actions/checkout@${SHA}`, './.github/actions/setup', `docker://alpine@sha256:${'ab'.repeat(32)}`, `octo-org/tools/lint@${SHA}`);
    expect(pinnedActions(value)).toEqual([]);
  });

  it('flags tags, branches, short SHAs and unpinned docker images, naming the job and the action', () => {
    for (const action of ['actions/checkout@v4', 'actions/checkout@main', 'actions/checkout@11d5960', `actions/checkout@${SHA}0`, 'docker://alpine:3.20', `docker://alpine@sha256:${'ab'.repeat(31)}`, `docker://alpine@sha256:${'ab'.repeat(32)}c`, `actions/checkout@v4.4.0-${SHA}`]) {
      const problems = pinnedActions(uses(action));
      expect(problems, action).toHaveLength(1);
      expect(problems[0], action).toContain('"build"');
      expect(problems[0], action).toContain(action);
    }
  });

  it('checks reusable workflows called by a job, and every job, in order', () => {
    const value = workflow(
      job('call', { uses: 'octo-org/ci/.github/workflows/test.yml@main' }),
      job('build', { steps: [{ run: 'npm ci' }, { uses: 'actions/setup-node@v4' }, { uses: `actions/checkout@${SHA}` }, { uses: 'actions/cache@v4' }] }),
      job('pinned', { uses: `octo-org/ci/.github/workflows/test.yml@${SHA}` }),
    );
    const problems = pinnedActions(value);
    expect(problems.map((problem) => problem.match(/uses (\S+),/)?.[1])).toEqual(['octo-org/ci/.github/workflows/test.yml@main', 'actions/setup-node@v4', 'actions/cache@v4']);
  });
});
