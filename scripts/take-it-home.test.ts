// The project a learner downloads really installs, serves and passes its tests on a machine of
// its own. The zip is built as the download button builds it, with every exercise's solution as
// the learner's passed code, unpacked into a temporary folder, and driven by its README's two
// commands. It needs the npm registry (as `npm ci` does): without it the check fails, saying so.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpamFilter } from '../project/node/load-model';
import { sampleSchema } from '../project/src/artefacts';
import { silentLogger } from '../project/src/spam-filter';
import { loadExercises } from '../src/plugins/exercises/load-exercises';
import { newExerciseProgress } from '../src/progress/storage';
import { gatherReferenceProject } from '../src/take-it-home/gather-reference';
import { PROJECT_FOLDER, projectFiles, zipProject } from '../src/take-it-home/project-files';
import { readmeCommands } from '../src/take-it-home/readme-commands';

const root = fileURLToPath(new URL('..', import.meta.url));
const modelPath = join(root, 'generated', 'public', 'data', 'model.json');
// npm install over the network varies a lot; the whole check usually takes well under a minute.
const INSTALL_TIMEOUT_MS = 5 * 60_000;

/**
 * The environment of a learner's shell: this run's own vitest and npm script variables removed
 * (npm's settings, such as a registry, stay).
 */
function learnerEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const ours = /^(VITEST.*|TEST|NODE_ENV|FORCE_COLOR|npm_package_.*|npm_lifecycle_.*|npm_command|npm_execpath|npm_config_local_prefix|npm_config_call)$/;
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ours.test(name)));
  return { ...env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

describe('the project a learner takes home', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'take-it-home-'));
  const projectDir = join(workDir, PROJECT_FOLDER);
  let commands: string[] = [];
  let learnerModules: string[] = [];
  let service: ChildProcess | undefined;
  let stopped = false;

  beforeAll(() => {
    const progress = Object.fromEntries(
      loadExercises(join(root, 'exercises'), join(root, 'project'))
        .filter((exercise) => Object.keys(exercise.meta.provides).length > 0)
        .map((exercise) => [exercise.id, { ...newExerciseProgress(exercise.solutionFiles), attempted: true, passed: true }]),
    );
    const built = projectFiles({ reference: gatherReferenceProject(root), progress, model: { text: readFileSync(modelPath, 'utf8'), owner: 'reference' } });
    learnerModules = built.learnerModules;
    const zip = zipProject(built.files);
    console.log(`zip: ${Object.keys(built.files).length} files, ${(zip.length / 1024).toFixed(0)} KB`);
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(workDir, path)), { recursive: true });
      writeFileSync(join(workDir, path), bytes);
    }
    commands = readmeCommands(readFileSync(join(projectDir, 'README.md'), 'utf8'));
  });

  afterAll(() => {
    if (service?.pid && !stopped) process.kill(-service.pid, 'SIGKILL');
    rmSync(workDir, { recursive: true, force: true });
  });

  it('holds the solutions as the learner\'s modules and says so in its README', () => {
    expect(learnerModules).toContain('project/src/spam-filter.ts');
    expect(learnerModules).toContain('project/src/service.ts');
    const readme = readFileSync(join(projectDir, 'README.md'), 'utf8');
    for (const path of learnerModules) expect(readme, `README does not name ${path}`).toContain(path);
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });

  it(
    'installs and serves with the README\'s first command, and classifies a real message as the course\'s filter does',
    async () => {
      const started = Date.now();
      // Port 0: the service picks a free port and logs the address it listens on.
      service = spawn('sh', ['-c', commands[0]], { cwd: projectDir, detached: true, env: learnerEnvironment({ PORT: '0' }) });
      service.once('close', () => (stopped = true));
      let stderr = '';
      service.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => service!.once('exit', (code) => resolve(code)));
      const listening = new Promise<string>((resolve) => {
        createInterface({ input: service!.stdout! }).on('line', (line) => {
          const match = /"event":"listening","url":"([^"]+)"/.exec(line);
          if (match) resolve(match[1]);
        });
      });
      const url = await Promise.race([
        listening,
        exited.then((code) => {
          const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(stderr);
          throw new Error(
            `\`${commands[0]}\` exited (code ${code}) before the service listened.` +
              (offline ? ' npm could not reach the registry: this check needs the npm registry, as `npm ci` does.' : '') +
              `\n${tail(stderr)}`,
          );
        }),
      ]);
      console.log(`install and start: ${((Date.now() - started) / 1000).toFixed(1)} s`);

      const sample = sampleSchema.parse(JSON.parse(readFileSync(join(root, 'generated', 'public', 'data', 'sample.json'), 'utf8')));
      const message = sample.find((candidate) => candidate.demo && candidate.label === 'spam');
      if (!message) throw new Error('The browser sample has no demo spam message to send.');
      const response = await fetch(`${url}/v1/classify`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: message.raw });
      const body = (await response.json()) as { label?: string; score?: number };
      expect(response.status, JSON.stringify(body)).toBe(200);
      const expected = loadSpamFilter(modelPath, { logger: silentLogger }).classify(message.raw);
      expect(body, `${message.id} classified by the downloaded service`).toMatchObject({ label: expected.label, score: expected.score });

      // The shell, npm and the server all end: the output pipe they share closes.
      const closed = new Promise<void>((resolve) => service!.once('close', () => resolve()));
      process.kill(-service.pid!, 'SIGTERM');
      await closed;
      await expect(fetch(`${url}/healthz`), 'the service still answers after SIGTERM').rejects.toThrow();
    },
    INSTALL_TIMEOUT_MS,
  );

  it('type-checks with its own tsconfig, as the learner\'s editor will', async () => {
    const tsc = spawn(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', projectDir], { cwd: projectDir });
    let output = '';
    tsc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => tsc.once('exit', resolve));
    expect(code, output).toBe(0);
  }, 120_000);

  it(
    'passes its own tests with the README\'s second command',
    async () => {
      const started = Date.now();
      const run = spawn('sh', ['-c', commands[1]], { cwd: projectDir, env: learnerEnvironment({}) });
      let output = '';
      run.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      run.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
      console.log(`its tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(code, `\`${commands[1]}\` failed:\n${tail(output, 40)}`).toBe(0);
      expect(output).toMatch(/Tests\s+\d+ passed/);
    },
    INSTALL_TIMEOUT_MS,
  );
});
