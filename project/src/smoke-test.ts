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
  const url = (path: string) => new URL(path, baseUrl).href;
  const check = async (name: SmokeCheck['name'], run: () => Promise<[boolean, string]>): Promise<SmokeCheck> => {
    try {
      const [ok, detail] = await run();
      return { name, ok, detail };
    } catch (error) {
      return { name, ok: false, detail: `no answer: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  const checks: SmokeCheck[] = [];
  checks.push(
    await check('healthz', async () => {
      const { status, body } = await ask(fetch, new Request(url('/healthz')));
      return [status === 200 && field(body, 'status') === 'ok', `GET /healthz → ${status} ${JSON.stringify(body)}`];
    }),
  );
  let modelVersion: unknown;
  checks.push(
    await check('version', async () => {
      const { status, body } = await ask(fetch, new Request(url('/version')));
      modelVersion = field(body, 'model', 'version');
      const ok = status === 200 && typeof field(body, 'version') === 'string' && typeof modelVersion === 'string';
      return [ok, `GET /version → ${status}, service ${String(field(body, 'version'))}, model ${String(modelVersion)}`];
    }),
  );
  checks.push(
    await check('classifies spam', async () => {
      const { status, body } = await ask(fetch, new Request(url('/v1/classify'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: spam }));
      const label = field(body, 'label');
      const served = field(body, 'modelVersion');
      const ok = status === 200 && label === 'spam' && served === modelVersion;
      return [ok, `POST /v1/classify → ${status}, label ${String(label)}, score ${String(field(body, 'score'))}, model ${String(served)}`];
    }),
  );
  checks.push(
    await check('refuses an empty message', async () => {
      const { status, type, body } = await ask(fetch, new Request(url('/v1/classify'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '' }));
      const code = field(body, 'error', 'code');
      return [status === 400 && type.includes('application/json') && code === 'empty_message', `POST /v1/classify with no message → ${status}, ${type || 'no content type'}, code ${String(code)}`];
    }),
  );
  return checks;
}
