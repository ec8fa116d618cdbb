import { describe, expect, it } from 'vitest';
import { checkImage, describeFinding, parseStages } from './dockerfile-rules';
import dockerfile from './Dockerfile';
import dockerignore from './.dockerignore';

const stages = parseStages(dockerfile);
const final = stages.at(-1);
const argumentsOf = (keyword: string, stage = final) => (stage?.instructions ?? []).filter((instruction) => instruction.getKeyword() === keyword).map((instruction) => instruction.getArgumentsContent() ?? '');

describe('your Dockerfile and .dockerignore', () => {
  it('keep every rule', () => {
    const findings = checkImage({ dockerfile, dockerignore }).map(describeFinding);
    expect(findings, `\n${findings.join('\n')}\n`).toEqual([]);
  });

  it('train the model in the build stage and ship it, with the bundled server, in the final one', () => {
    expect(stages.slice(0, -1).some((stage) => argumentsOf('RUN', stage).some((run) => run.includes('npm run pipeline'))), 'an earlier stage runs `npm run pipeline`').toBe(true);
    const copies = (final?.instructions ?? []).filter((instruction) => instruction.getKeyword() === 'COPY').map(String).join('\n');
    expect(copies, 'the final stage copies the model file from the build').toMatch(/--from=\S+.*model\.json/);
    expect(argumentsOf('CMD').join(' '), 'the command runs the server with node').toMatch(/^\[\s*"node"/);
  });

  it('serve on port 8787, listening on every interface inside the container', () => {
    expect(argumentsOf('EXPOSE')).toEqual(['8787']);
    const env = argumentsOf('ENV').join(' ');
    expect(env, 'ENV sets PORT=8787').toMatch(/\bPORT=8787\b/);
    expect(env, 'ENV sets HOST=0.0.0.0: 127.0.0.1 inside a container is unreachable from outside it').toMatch(/\bHOST=0\.0\.0\.0\b/);
  });

  it('send the build what it reads: package.json, package-lock.json, tsconfig.json and project/', () => {
    const patterns = dockerignore.split(/\r?\n/).map((line) => line.trim());
    for (const needed of ['!package.json', '!package-lock.json', '!tsconfig.json']) expect(patterns, `.dockerignore has ${needed}`).toContain(needed);
    expect(patterns.some((line) => /^!\/?project\/?$/.test(line)), '.dockerignore brings project/ back').toBe(true);
  });
});
