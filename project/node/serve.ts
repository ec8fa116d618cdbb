import { z } from 'zod';
import { createService } from '../src/service';
import { DEFAULT_LIMITS, startServer } from './http-server';
import { loadSpamFilter } from './load-model';

const milliseconds = z.coerce.number().int().positive();
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: z.string().default('127.0.0.1'), // the Docker image sets HOST=0.0.0.0
  // npm sets npm_package_version; the Docker image, which runs node directly, sets SERVICE_VERSION.
  SERVICE_VERSION: z.string().optional(),
  npm_package_version: z.string().optional(),
  HEADERS_TIMEOUT_MS: milliseconds.default(DEFAULT_LIMITS.headersTimeoutMs),
  REQUEST_TIMEOUT_MS: milliseconds.default(DEFAULT_LIMITS.requestTimeoutMs),
  // How long requests in flight may take to finish after SIGTERM (orchestrators wait 10–30 s before SIGKILL).
  SHUTDOWN_GRACE_MS: milliseconds.default(10_000),
});

/**
 * `npm run serve`: the classification API on HOST:PORT (default 127.0.0.1:8787), until SIGTERM or
 * SIGINT. HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS and SHUTDOWN_GRACE_MS tune how long slow clients
 * and requests in flight are waited for.
 */
async function main(): Promise<void> {
  const parsed = environment.safeParse(process.env);
  if (!parsed.success) throw new Error(`Bad environment: ${z.prettifyError(parsed.error)}`);
  const env = parsed.data;
  const filter = loadSpamFilter();
  const server = await startServer(createService({ filter, version: env.SERVICE_VERSION ?? env.npm_package_version ?? 'dev' }), env.PORT, env.HOST, {
    headersTimeoutMs: env.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
  });
  console.log(JSON.stringify({ event: 'listening', url: server.url, modelVersion: filter.modelVersion }));

  // Stop accepting connections, let requests in flight finish, close what is left after the
  // grace period, then exit; a second signal exits at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(JSON.stringify({ event: 'stopping', signal, graceMs: env.SHUTDOWN_GRACE_MS }));
    await server.close(env.SHUTDOWN_GRACE_MS);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
