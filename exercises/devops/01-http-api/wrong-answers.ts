import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'service.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: '/healthz answers plain text', files: { 'service.ts': slip("app.get('/healthz', (c) => c.json({ status: 'ok' }));", "app.get('/healthz', (c) => c.text('ok'));") } },
  { name: '/version ignores the metrics it is given', files: { 'service.ts': slip('threshold: filter.threshold, metrics }', 'threshold: filter.threshold, metrics: filter.metrics }') } },
  { name: 'content type compared as sent, not lower-cased', files: { 'service.ts': slip(".split(';')[0].trim().toLowerCase()", ".split(';')[0]") } },
  { name: 'no content type is refused instead of read as text', files: { 'service.ts': slip("(c.req.header('content-type') ?? 'text/plain')", "(c.req.header('content-type') ?? '')") } },
  { name: 'JSON of the wrong shape is not checked', files: { 'service.ts': slip('raw = parsed.data.message;', 'raw = (body as { message: string }).message;').replace("if (!parsed.success) return fail(c, 400, 'invalid_request', 'Expected a JSON object like { \"message\": \"<raw email>\" }.');", '') } },
  { name: 'every filter refusal is a 400', files: { 'service.ts': slip('fail(c, FILTER_ERROR_STATUS[error.code], error.code, error.message)', 'fail(c, 400, error.code, error.message)') } },
  { name: 'the connection stays open after an oversized body', files: { 'service.ts': slip("c.header('Connection', 'close');", '') } },
  { name: 'a wrong method is a 404', files: { 'service.ts': slip('if (!allow) return', 'return') } },
  { name: 'a 405 without an Allow header', files: { 'service.ts': slip("c.header('Allow', allow);", '') } },
  { name: 'internal errors echo their message', files: { 'service.ts': slip("app.onError((_error, c) => fail(c, 500, 'internal_error', 'Something went wrong on our side.'));", "app.onError((error, c) => fail(c, 500, 'internal_error', `Something went wrong: ${error.message}`));") } },
];

export default wrongAnswers;
