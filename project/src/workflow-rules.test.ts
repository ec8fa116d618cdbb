import { describe, expect, it } from 'vitest';
import { checkWorkflow, describeWorkflowFinding, readWorkflow } from './workflow-rules';

const SHA = 'a'.repeat(40);
const good = `
name: CI
on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - run: npm ci && npm test
  deploy:
    needs: test
    runs-on: ubuntu-latest
    permissions:
      packages: write
    steps:
      - run: docker push example
`;
const rules = async (content: string) => (await checkWorkflow('ci.yml', content)).map((finding) => finding.rule);

describe('readWorkflow', () => {
  it('gives jobs, needs, steps and permissions as GitHub reads them', async () => {
    const result = await readWorkflow('ci.yml', good.replace('runs-on: ubuntu-latest\n    permissions:', 'runs-on: ubuntu-latest\n    environment:\n      name: prod\n    permissions:'));
    expect(result).toEqual({
      workflow: {
        events: ['push'],
        permissions: { contents: 'read' },
        jobs: [
          { id: 'test', needs: [], steps: [{ uses: `actions/checkout@${SHA}` }, { run: 'npm ci && npm test' }] },
          { id: 'deploy', needs: ['test'], environment: 'prod', permissions: { packages: 'write' }, steps: [{ run: 'docker push example' }] },
        ],
      },
    });
  });

  it('keeps the conditions of jobs and steps that have one', async () => {
    const result = await readWorkflow('ci.yml', good.replace('      - run: docker push example', "      - if: github.ref == 'refs/heads/main'\n        run: docker push example").replace('    needs: test', "    needs: test\n    if: github.event_name == 'push'"));
    if (!('workflow' in result)) throw new Error(result.errors.join());
    expect(result.workflow.jobs[1].condition).toBe("success() && (github.event_name == 'push')");
    expect(result.workflow.jobs[1].steps[0].condition).toBe("success() && (github.ref == 'refs/heads/main')");
    expect(result.workflow.jobs[0].condition).toBeUndefined();
  });

  it("reports GitHub's parser errors with their line", async () => {
    const result = await readWorkflow('ci.yml', good.replace('steps:', 'stepz:'));
    expect(result).toEqual({ errors: [expect.stringMatching(/ci\.yml \(Line: \d+, Col: \d+\): Unexpected value 'stepz'/)] });
    expect(await readWorkflow('ci.yml', good.replace('needs: test', 'needs: tests'))).toEqual({ errors: [expect.stringContaining("depends on unknown job 'tests'")] });
  });
});

describe('checkWorkflow', () => {
  it('passes a workflow that keeps every promise', async () => {
    expect(await checkWorkflow('ci.yml', good)).toEqual([]);
  });

  it('catches each broken promise, and says why it matters', async () => {
    expect(await rules(good.replace('steps:', 'stepz:'))).toEqual(['valid-workflow']);
    expect(await rules(good.replace('    needs: test\n', ''))).toEqual(['tests-before-deploy']);
    expect(await rules(good.replace('npm ci && npm test', 'npm ci'))).toEqual(['tests-before-deploy']);
    expect(await rules(good.replace(`@${SHA}`, '@v4'))).toEqual(['pinned-actions']);
    expect(await rules(good.replace('permissions:\n  contents: read\n', ''))).toEqual(['least-permissions']);
    expect(await rules(good.replace('contents: read', 'contents: write'))).toEqual(['least-permissions']);
    expect(await rules(good.replace('permissions:\n  contents: read', 'permissions: write-all'))).toEqual(['least-permissions']);
    const [finding] = await checkWorkflow('ci.yml', good.replace(`@${SHA}`, '@main'));
    expect(describeWorkflowFinding(finding)).toMatch(/^pinned-actions: Job "test" uses actions\/checkout@main, .* Why it matters: .*SHA/);
  });

  it('counts a test job reached through other jobs, and refuses tests that run with write access', async () => {
    const chained = good.replace('  deploy:\n    needs: test', '  build:\n    needs: test\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run build\n  deploy:\n    needs: build');
    expect(await checkWorkflow('ci.yml', chained)).toEqual([]);
    const writing = good.replace('    steps:\n      - uses', '    permissions:\n      contents: write\n    steps:\n      - uses');
    expect(await rules(writing)).toEqual(['tests-before-deploy', 'tests-before-deploy']);
  });
});
