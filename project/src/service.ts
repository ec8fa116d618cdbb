import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod';
import type { MetricsSummary } from './model-file';
import { requirements } from './requirements';
import { SpamFilterError, type SpamFilter, type SpamFilterErrorCode } from './spam-filter';

export interface ServiceOptions {
  filter: SpamFilter;
  /** The service's own version (the app, not the model). */
  version: string;
  /** What `/version` reports about the model; defaults to the model file's own summary. */
  metrics?: MetricsSummary;
}

export type ServiceErrorCode =
  | SpamFilterErrorCode
  | 'payload_too_large'
  | 'invalid_json'
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'internal_error';

const FILTER_ERROR_STATUS: Record<SpamFilterErrorCode, ContentfulStatusCode> = {
  empty_message: 400,
  message_too_large: 413,
  not_an_email: 422,
};

// Room for the JSON wrapping around a message at the size limit (quotes, escapes).
const BODY_LIMIT_BYTES = requirements.maxMessageBytes + 64 * 1024;

const classifyJson = z.object({ message: z.string() });

/**
 * The HTTP API as a Web-standard handler: `Request` in, `Response` out. The same function
 * runs under Node (see `project/node/serve.ts`) and in a browser exercise.
 */
export function createService({ filter, version, metrics = filter.metrics }: ServiceOptions): (req: Request) => Promise<Response> {
  const app = new Hono();
  const fail = (c: Context, status: ContentfulStatusCode, code: ServiceErrorCode, message: string) =>
    c.json({ error: { code, message } }, status);

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.get('/version', (c) =>
    c.json({ version, model: { version: filter.modelVersion, kind: filter.kind, threshold: filter.threshold, metrics } }),
  );

  app.post(
    '/v1/classify',
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: (c) => {
        // The rest of the body is never read, so the connection cannot carry another request.
        c.header('Connection', 'close');
        return fail(c, 413, 'payload_too_large', `The request body is over ${BODY_LIMIT_BYTES} bytes.`);
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
      let raw: string;
      if (type === 'text/plain' || type === 'message/rfc822') {
        raw = await c.req.text();
      } else if (type === 'application/json') {
        let body: unknown;
        try {
          body = JSON.parse(await c.req.text());
        } catch {
          return fail(c, 400, 'invalid_json', 'The request body is not valid JSON.');
        }
        const parsed = classifyJson.safeParse(body);
        if (!parsed.success) return fail(c, 400, 'invalid_request', 'Expected a JSON object like { "message": "<raw email>" }.');
        raw = parsed.data.message;
      } else {
        return fail(c, 415, 'unsupported_media_type', 'Send the raw message as text/plain, or JSON { "message": "…" }.');
      }
      try {
        return c.json({ ...filter.classify(raw), modelVersion: filter.modelVersion });
      } catch (error) {
        if (error instanceof SpamFilterError) return fail(c, FILTER_ERROR_STATUS[error.code], error.code, error.message);
        throw error;
      }
    },
  );

  const allowed: Record<string, string> = { '/healthz': 'GET', '/version': 'GET', '/v1/classify': 'POST' };
  app.notFound((c) => {
    const allow = allowed[c.req.path];
    if (!allow) return fail(c, 404, 'not_found', `No route ${c.req.path}.`);
    c.header('Allow', allow);
    return fail(c, 405, 'method_not_allowed', `${c.req.path} accepts ${allow} only.`);
  });

  // Never echo the error: it could quote the message.
  app.onError((_error, c) => fail(c, 500, 'internal_error', 'Something went wrong on our side.'));

  return async (req) => app.fetch(req);
}
