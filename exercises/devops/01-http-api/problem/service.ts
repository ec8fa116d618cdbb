import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod';
import type { MetricsSummary } from '@project/model-file';
import { requirements } from '@project/requirements';
import { SpamFilterError, type SpamFilter, type SpamFilterErrorCode } from '@project/spam-filter';

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

  // TODO: GET /healthz → 200 { status: 'ok' }.
  // TODO: GET /version → { version, model: { version, kind, threshold, metrics } }.
  // TODO: POST /v1/classify, behind `bodyLimit` (BODY_LIMIT_BYTES; past it: 413 payload_too_large,
  //       and `Connection: close`). The raw message comes as text/plain or message/rfc822 (also when
  //       no content type is given), or as JSON { "message": "…" } (400 invalid_json, 400
  //       invalid_request); any other type is 415 unsupported_media_type. Answer with the
  //       classification and the model version; a SpamFilterError becomes its code, with the
  //       status FILTER_ERROR_STATUS gives it.
  // TODO: an unknown path is 404 not_found; a known path with the wrong method is 405
  //       method_not_allowed, with an `Allow` header.
  // TODO: any other error is 500 internal_error, and its message is never sent back.

  return async (req) => app.fetch(req);
}
