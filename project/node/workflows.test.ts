import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkflow, describeWorkflowFinding, readWorkflow, type WorkflowJob } from '../src/workflow-rules';

// GitHub's runners have Docker; where the tests run there is none. So the workflows are checked
// here the way GitHub reads them (its own parser), with the rules the DevOps chapter teaches.
const dir = new URL('../../.github/workflows/', import.meta.url);
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

describe.each(files)('.github/workflows/%s', (name) => {
  it('is a workflow GitHub accepts, tests before it deploys, pins its actions and grants the least permissions', async () => {
    expect((await checkWorkflow(name, read(name))).map(describeWorkflowFinding)).toEqual([]);
  });
});

describe('the image job', () => {
  it('builds, starts and smoke-tests the image on every push, and publishes it from main only, after the tests', async () => {
    const result = await readWorkflow('deploy.yml', read('deploy.yml'));
    if (!('workflow' in result)) throw new Error(result.errors.join('\n'));
    const image = result.workflow.jobs.find((job) => job.id === 'image') as WorkflowJob;
    expect(image.needs).toEqual(['test']);
    const runs = image.steps.map((step) => step.run ?? '');
    const index = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    expect(index(/docker build/)).toBeGreaterThanOrEqual(0);
    expect(index(/docker run/)).toBeGreaterThan(index(/docker build/));
    expect(index(/project\/node\/smoke\.ts/)).toBeGreaterThan(index(/docker run/));
    expect(index(/docker push/)).toBeGreaterThan(index(/project\/node\/smoke\.ts/));
    expect(image.permissions).toEqual({ contents: 'read', packages: 'write' });
    expect(read('deploy.yml')).toMatch(/- name: Publish to the GitHub container registry\n\s+if: github.event_name == 'push' && github.ref == 'refs\/heads\/main'/);
  });
});
