import { describe, expect, it } from 'vitest';
import workflowText from './ci.yml';
import { checkWorkflow, describeWorkflowFinding, readWorkflow, type Workflow } from './workflow-rules';

async function read(): Promise<Workflow> {
  const result = await readWorkflow('ci.yml', workflowText);
  if ('errors' in result) throw new Error(`GitHub would refuse ci.yml:\n${result.errors.join('\n')}`);
  return result.workflow;
}

describe('your ci.yml', () => {
  it('is a workflow GitHub accepts, and keeps every rule', async () => {
    const findings = (await checkWorkflow('ci.yml', workflowText)).map(describeWorkflowFinding);
    expect(findings, `\n${findings.join('\n')}\n`).toEqual([]);
  });

  it('runs on pushes and on pull requests', async () => {
    expect((await read()).events).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('builds the image, starts it and smoke-tests it before anything is published', async () => {
    const workflow = await read();
    const publishing = workflow.jobs.find((job) => job.steps.some((step) => /docker push/.test(step.run ?? '')));
    expect(publishing, 'a job runs `docker push`').toBeDefined();
    const runs = publishing!.steps.map((step) => step.run ?? '');
    const at = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));
    expect(at(/docker build/), 'the publishing job builds the image it pushes').toBeGreaterThanOrEqual(0);
    expect(at(/docker run/), 'it starts the image after building it').toBeGreaterThan(at(/docker build/));
    expect(at(/smoke\.ts/), 'it runs the smoke test after starting it').toBeGreaterThan(at(/docker run/));
    expect(at(/docker push/), 'and pushes only after that').toBeGreaterThan(at(/smoke\.ts/));
  });

  it('publishes from main only: never from a pull request', async () => {
    const workflow = await read();
    const publishing = workflow.jobs.find((job) => job.steps.some((step) => /docker push/.test(step.run ?? '')))!;
    const step = publishing.steps.find((candidate) => /docker push/.test(candidate.run ?? ''))!;
    const condition = `${publishing.condition ?? ''} ${step.condition ?? ''}`;
    expect(condition, 'an `if:` on the job or the step names refs/heads/main').toContain("github.ref == 'refs/heads/main'");
  });
});
