/**
 * What a CI workflow must promise before it may deploy the service, checked on its YAML with
 * GitHub's own workflow parser (@actions/workflow-parser, the one behind the Actions language
 * service): first that GitHub would accept the file at all, then the project's rules on a plain
 * model of it. No runner is needed, so the check runs wherever the tests run.
 */
import { convertWorkflowTemplate, isMapping, isString, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

/** A node of the parsed YAML, as the parser's type guards take it. */
type TemplateToken = Parameters<typeof isMapping>[0];

/** `read-all`, `write-all`, or a level per scope (`contents: read`); undefined when not declared. */
export type Permissions = 'read-all' | 'write-all' | Record<string, string>;

export interface WorkflowStep {
  name?: string;
  /** Its `if:` as GitHub expands it (`success() && (github.ref == …)`), when it has one. */
  condition?: string;
  /** The action a step runs (`actions/checkout@<sha>`), if it runs one. */
  uses?: string;
  /** The shell script a step runs, if it runs one. */
  run?: string;
}

export interface WorkflowJob {
  id: string;
  /** Its `if:`, as for a step. */
  condition?: string;
  /** Jobs that must finish first. */
  needs: string[];
  permissions?: Permissions;
  /** The deployment environment it targets (`github-pages`), if any. */
  environment?: string;
  /** A job that calls a reusable workflow has this instead of steps. */
  uses?: string;
  steps: WorkflowStep[];
}

export interface Workflow {
  /** The events that run it: `push`, `pull_request`… */
  events: string[];
  permissions?: Permissions;
  jobs: WorkflowJob[];
}

export type WorkflowRuleName = 'valid-workflow' | 'tests-before-deploy' | 'pinned-actions' | 'least-permissions';

/** A failed rule: which, what, and why it matters. */
export interface WorkflowFinding {
  rule: WorkflowRuleName;
  message: string;
  why: string;
}

/** Write access a deploying job needs, and a test job never does. */
const WRITE = 'write';

function permissionsOf(token: TemplateToken | undefined): Permissions | undefined {
  if (!token) return undefined;
  if (isString(token)) return token.value === 'write-all' ? 'write-all' : 'read-all';
  if (!isMapping(token)) return undefined;
  const scopes: Record<string, string> = {};
  for (let i = 0; i < token.count; i++) {
    const { key, value } = token.get(i);
    scopes[key.toString()] = value.toString();
  }
  return scopes;
}

/**
 * Parses a workflow with GitHub's parser: `{ workflow }` when GitHub would run it, else
 * `{ errors }` with the parser's messages (file, line and column).
 */
export async function readWorkflow(fileName: string, content: string): Promise<{ workflow: Workflow } | { errors: string[] }> {
  const parsed = parseWorkflow({ name: fileName, content }, new NoOperationTraceWriter());
  const errorsOf = () => parsed.context.errors.getErrors().map((error) => error.message);
  if (!parsed.value || errorsOf().length > 0) return { errors: errorsOf().length > 0 ? errorsOf() : [`${fileName} is empty.`] };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (errorsOf().length > 0) return { errors: errorsOf() };

  // The converted template leaves permissions out, so they are read from the parsed tokens.
  const root = isMapping(parsed.value) ? parsed.value : undefined;
  const jobTokens = root?.find('jobs');
  const jobToken = (id: string) => (jobTokens && isMapping(jobTokens) ? jobTokens.find(id) : undefined);
  // GitHub writes a missing `if:` as `success()`, and a given one as `success() && (…)`.
  const conditionOf = (token: { expression: string } | undefined) => (token && token.expression !== 'success()' ? { condition: token.expression } : {});
  return {
    workflow: {
      events: Object.keys(template.events),
      permissions: permissionsOf(root?.find('permissions')),
      jobs: template.jobs.map((job) => {
        const token = jobToken(job.id.value);
        const environment = token && isMapping(token) ? token.find('environment') : undefined;
        const environmentName = environment && isMapping(environment) ? environment.find('name') : environment;
        return {
          id: job.id.value,
          ...conditionOf(job.if),
          needs: (job.needs ?? []).map((need) => need.value),
          permissions: permissionsOf(token && isMapping(token) ? token.find('permissions') : undefined),
          ...(environmentName && { environment: environmentName.toString() }),
          ...(job.type === 'reusableWorkflowJob' && { uses: job.ref.value }),
          steps:
            job.type === 'job'
              ? job.steps.map((step) => ({
                  ...(step.name && { name: step.name.toString() }),
                  ...conditionOf(step.if),
                  ...('uses' in step && { uses: step.uses.value }),
                  ...('run' in step && { run: step.run.toString() }),
                }))
              : [],
        };
      }),
    },
  };
}

/** A job deploys when it targets an environment or may write anything (packages, pages, an id token…). */
export function deploys(job: WorkflowJob): boolean {
  const permissions = job.permissions;
  const writes = permissions === 'write-all' || (typeof permissions === 'object' && Object.values(permissions).includes(WRITE));
  return job.environment !== undefined || writes;
}

/** A job runs the tests when one of its steps runs `npm test` (or `npm run test`). */
export function runsTests(job: WorkflowJob): boolean {
  return job.steps.some((step) => /\bnpm (run )?test\b/.test(step.run ?? ''));
}

/**
 * Every job that deploys needs, directly or through other jobs, a job that runs the tests; a
 * job that deploys does not run the tests itself (its write access would reach the test code).
 */
export function testsBeforeDeploy(workflow: Workflow): string[] {
  // TODO: for every job that `deploys`, follow its `needs`, and their needs in turn (each job
  // once, in any order), looking for a job that `runsTests` and does not deploy. No such job:
  // one problem for that deploying job, naming it.
  return [];
}

/**
 * Every action and reusable workflow is pinned to a full commit SHA (40 hex digits), not a tag
 * or branch. Actions of the repository itself (`./…`) need no pin; a `docker://` image needs a digest.
 */
export function pinnedActions(workflow: Workflow): string[] {
  // TODO: every `uses` of a job (a reusable workflow) and of its steps, in job order: a local
  // action (`./…`) is fine; a `docker://` image needs `@sha256:` and 64 hex digits; anything
  // else needs `@` and a 40-hex-digit commit SHA. One problem per offender, naming job and action.
  return [];
}

/**
 * The workflow's own permissions are declared and read-only (`contents: read`, `read-all` or
 * `{}`); write access is granted per job, to the jobs that deploy.
 */
export function leastPermissions(workflow: Workflow): string[] {
  const { permissions } = workflow;
  if (permissions === undefined) return ['The workflow declares no top-level permissions, so every job gets the repository\'s default token, which may write.'];
  if (permissions === 'write-all') return ['The workflow grants write-all to every job.'];
  if (permissions === 'read-all') return [];
  return Object.entries(permissions)
    .filter(([, level]) => level === WRITE)
    .map(([scope]) => `The workflow grants ${scope}: write to every job; grant it only to the job that needs it.`);
}

export const WORKFLOW_RULES: { name: Exclude<WorkflowRuleName, 'valid-workflow'>; why: string; check: (workflow: Workflow) => string[] }[] = [
  { name: 'tests-before-deploy', why: 'Nothing reaches users before the tests have passed on the exact commit being deployed.', check: testsBeforeDeploy },
  { name: 'pinned-actions', why: 'A tag can be moved to other code by whoever controls the action; a commit SHA cannot, so your pipeline runs the code you reviewed.', check: pinnedActions },
  { name: 'least-permissions', why: 'Every step, and every action it runs, can use the job\'s token: a step that can only read cannot push code or publish images.', check: leastPermissions },
];

const VALID_WHY = 'GitHub refuses a workflow it cannot parse, and a typo in a key is silently a different workflow.';

/** Every rule the workflow breaks; none means GitHub accepts it and it keeps every promise. */
export async function checkWorkflow(fileName: string, content: string): Promise<WorkflowFinding[]> {
  const read = await readWorkflow(fileName, content);
  if ('errors' in read) return read.errors.map((message) => ({ rule: 'valid-workflow', message, why: VALID_WHY }));
  return WORKFLOW_RULES.flatMap(({ name, why, check }) => check(read.workflow).map((message) => ({ rule: name, message, why })));
}

/** One finding as a line a person reads. */
export function describeWorkflowFinding(finding: WorkflowFinding): string {
  return `${finding.rule}: ${finding.message} Why it matters: ${finding.why}`;
}
