import { createService } from '../src/service';
import { startServer } from './http-server';
import { loadSpamFilter } from './load-model';

/** `npm run serve`: the classification API on HOST:PORT (default 127.0.0.1:8787), until SIGTERM or SIGINT. */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const hostname = process.env.HOST ?? '127.0.0.1'; // the Docker image sets HOST=0.0.0.0
  // npm sets npm_package_version; the Docker image, which runs node directly, sets SERVICE_VERSION.
  const version = process.env.SERVICE_VERSION ?? process.env.npm_package_version ?? 'dev';
  const filter = loadSpamFilter();
  const server = await startServer(createService({ filter, version }), port, hostname);
  console.log(JSON.stringify({ event: 'listening', url: server.url, modelVersion: filter.modelVersion }));

  // Stop accepting connections, let requests in flight finish, then exit; a second signal forces it.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(JSON.stringify({ event: 'stopping', signal }));
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
