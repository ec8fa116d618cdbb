import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const rules = solutionSlips(import.meta.url, 'workflow-rules.ts');
const ci = solutionSlips(import.meta.url, 'ci.yml');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'only direct needs count', files: { 'workflow-rules.ts': rules('      waiting.push(...before.needs);\n', '') } },
  { name: 'a test job with write access counts', files: { 'workflow-rules.ts': rules('if (runsTests(before) && !deploys(before)) tested = true;', 'if (runsTests(before)) tested = true;') } },
  { name: 'a job that deploys may skip the tests when it targets no environment', files: { 'workflow-rules.ts': rules('for (const job of workflow.jobs.filter(deploys)) {', 'for (const job of workflow.jobs.filter((candidate) => candidate.environment !== undefined)) {') } },
  { name: 'any tag counts as a pin', files: { 'workflow-rules.ts': rules('return !/@[0-9a-f]{40}$/.test(uses);', "return !uses.includes('@');") } },
  { name: 'a short SHA counts as a pin', files: { 'workflow-rules.ts': rules('return !/@[0-9a-f]{40}$/.test(uses);', 'return !/@[0-9a-f]{7,40}$/.test(uses);') } },
  { name: 'reusable workflows are not checked', files: { 'workflow-rules.ts': rules('...(job.uses ? [{ job: job.id, uses: job.uses }] : []), ', '') } },
  { name: 'docker images pass unpinned', files: { 'workflow-rules.ts': rules("if (uses.startsWith('docker://')) return !/@sha256:[0-9a-f]{64}$/.test(uses);", "if (uses.startsWith('docker://')) return false;") } },
  { name: 'the workflow may write everywhere', files: { 'ci.yml': ci('permissions:\n  contents: read\n\njobs:', 'permissions: write-all\n\njobs:') } },
  { name: 'the image job does not wait for the tests', files: { 'ci.yml': ci('    needs: test\n', '') } },
  { name: 'an action pinned to a tag', files: { 'ci.yml': ci('actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0', 'actions/setup-node@v4') } },
  { name: 'publishes from pull requests too', files: { 'ci.yml': ci("        if: github.event_name == 'push' && github.ref == 'refs/heads/main'\n", '') } },
  { name: 'pushes before the smoke test', files: { 'ci.yml': ci('      - run: npx tsx project/node/smoke.ts http://127.0.0.1:8787 90\n', '').replace('          docker push "$target"\n', '          docker push "$target"\n      - run: npx tsx project/node/smoke.ts http://127.0.0.1:8787 90\n') } },
  { name: 'a typo GitHub refuses', files: { 'ci.yml': ci('    runs-on: ubuntu-latest\n    permissions:', '    runs_on: ubuntu-latest\n    permissions:') } },
];

export default wrongAnswers;
