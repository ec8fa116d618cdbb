import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'smoke-test.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'a healthz that answers at all passes', files: { 'smoke-test.ts': slip("status === 200 && field(body, 'status') === 'ok'", 'status === 200') } },
  { name: 'any 2xx or 5xx health answer passes', files: { 'smoke-test.ts': slip("status === 200 && field(body, 'status') === 'ok'", "field(body, 'status') === 'ok'") } },
  { name: 'the model version is not compared', files: { 'smoke-test.ts': slip("label === 'spam' && served === modelVersion", "label === 'spam'") } },
  { name: 'a spam label on an error status passes', files: { 'smoke-test.ts': slip("status === 200 && label === 'spam'", "label === 'spam'") } },
  { name: 'any 400 refuses', files: { 'smoke-test.ts': slip("status === 400 && type.includes('application/json') && code === 'empty_message'", 'status === 400') } },
  { name: 'a request that throws stops the smoke test', files: { 'smoke-test.ts': slip("    try {\n      const [ok, detail] = await run();\n      return { name, ok, detail };\n    } catch (error) {\n      return { name, ok: false, detail: `no answer: ${error instanceof Error ? error.message : String(error)}` };\n    }", '    const [ok, detail] = await run();\n    return { name, ok, detail };') } },
  { name: 'the spam is sent as JSON', files: { 'smoke-test.ts': slip("{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: spam }", "{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: spam }) }") } },
  { name: 'the version check wants only the model', files: { 'smoke-test.ts': slip("status === 200 && typeof field(body, 'version') === 'string' && typeof modelVersion === 'string'", "status === 200 && typeof modelVersion === 'string'") } },
];

export default wrongAnswers;
