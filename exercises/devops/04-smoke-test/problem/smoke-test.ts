/**
 * The checks that say a deployment of the service is up and answering correctly, whatever it
 * runs on: a container, a serverless function, or the handler in a browser tab. They talk to it
 * only through `fetch`, so the same code checks all three; the repository's workflow runs them
 * against the freshly built image before publishing it (project/node/smoke.ts).
 */

/** Anything that turns a Request into a Response: `globalThis.fetch`, or the service's handler itself. */
export type Fetch = (request: Request) => Promise<Response>;

export interface SmokeCheck {
  name: 'healthz' | 'version' | 'classifies spam' | 'refuses an empty message';
  ok: boolean;
  /** What was seen: enough to start debugging from a CI log. */
  detail: string;
}

interface Answer {
  status: number;
  type: string;
  body: unknown;
}

/** One request; the body parsed as JSON when it is JSON. Throws only when no answer came at all. */
async function ask(fetch: Fetch, request: Request): Promise<Answer> {
  const response = await fetch(request);
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  let body: unknown = text;
  if (type.includes('application/json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, type, body };
}

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);

/**
 * Runs the four checks in order against the service at `baseUrl` and reports each, passed or
 * not: a failing check (or a request that gets no answer) never stops the others.
 */
export async function smokeTest(fetch: Fetch, baseUrl: string, spam: string): Promise<SmokeCheck[]> {
  // TODO: the four checks, in this order, each with the detail of what it saw:
  //   healthz                   GET /healthz is 200 with { status: 'ok' }
  //   version                   GET /version is 200 with a string `version` and a string `model.version`
  //   classifies spam           POST /v1/classify (text/plain, `spam`) is 200, labelled spam, by that model version
  //   refuses an empty message  POST /v1/classify with an empty body is 400, JSON, code empty_message
  // `ask` sends one request; `field(body, 'model', 'version')` reads a nested field. A request
  // that throws is a failed check ("no answer: …"), never an exception, and the others still run.
  return [];
}
