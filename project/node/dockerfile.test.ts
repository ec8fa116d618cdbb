import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Docker cannot run in CI's test job, so the Dockerfile's promises are checked as text.
const root = new URL('../../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const instructions = dockerfile
  .replace(/\\\n/g, ' ') // join continuation lines
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const stages = instructions.filter((line) => /^FROM\s/i.test(line));
const finalStage = instructions.slice(instructions.lastIndexOf(stages[stages.length - 1]));

describe('Dockerfile', () => {
  it('is multi-stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(finalStage.some((line) => /^COPY\s+--from=/i.test(line))).toBe(true);
  });

  it('pins every base image to an exact version, never latest', () => {
    for (const from of stages) {
      const image = from.split(/\s+/)[1];
      expect(image).toMatch(/^[\w./-]+:\d+\.\d+\.\d+[\w.-]*(@sha256:[0-9a-f]{64})?$|@sha256:[0-9a-f]{64}$/);
      expect(image).not.toMatch(/:latest\b/);
    }
  });

  it('runs as a non-root user in the final stage', () => {
    const users = finalStage.filter((line) => /^USER\s/i.test(line));
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^USER\s+(root|0)(:|\s|$)/i);
  });

  it('declares a health check on /healthz and the port it serves', () => {
    expect(finalStage.find((line) => /^HEALTHCHECK\s/i.test(line))).toMatch(/\/healthz/);
    expect(finalStage.find((line) => /^EXPOSE\s/i.test(line))).toMatch(/^EXPOSE\s+8787\b/);
  });

  it('keeps the build context small', () => {
    const ignore = readFileSync(new URL('.dockerignore', root), 'utf8').split('\n');
    expect(ignore[ignore.findIndex((line) => !line.startsWith('#'))]).toBe('*'); // allow-list: nothing unless named
    expect(ignore).not.toContain('!node_modules');
    expect(ignore).not.toContain('!generated');
  });
});
