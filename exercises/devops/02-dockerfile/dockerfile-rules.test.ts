import { describe, expect, it } from 'vitest';
import { checkImage, describeFinding, nonRootUser, parseStages, pinnedBaseImages } from './dockerfile-rules';

const DIGEST = `sha256:${'4f'.repeat(32)}`;
const pinned = (dockerfile: string) => pinnedBaseImages(parseStages(dockerfile));
const rootUser = (dockerfile: string) => nonRootUser(parseStages(dockerfile));
const show = (dockerfile: string) => `\n${dockerfile}\n`;

describe('pinnedBaseImages', () => {
  it('accepts base images pinned by a sha256 digest, with or without a tag, from any registry', () => {
    for (const image of [`node:20.20.2-bookworm-slim@${DIGEST}`, `node@${DIGEST}`, `registry.example.com:5000/team/node:20@${DIGEST}`, `--platform=linux/amd64 node:20@${DIGEST}`]) {
      const dockerfile = `FROM ${image}\nUSER node`;
      expect(pinned(dockerfile), show(dockerfile)).toEqual([]);
    }
  });

  it('flags a tag alone, latest, or a digest that is not 64 hex digits, at its line, naming the image', () => {
    const tooLong = `node:20@sha256:${'4f'.repeat(32)}0`;
    const otherAlgorithm = `node:20@xsha256:${'4f'.repeat(32)}`;
    for (const image of ['node:20', 'node:latest', 'node', 'registry.example.com:5000/team/node:20', 'node:20@sha256:abc123', `node:20@sha256:${'G'.repeat(64)}`, tooLong, otherAlgorithm]) {
      const dockerfile = `# base\n\nFROM ${image}\nUSER node`;
      const problems = pinned(dockerfile);
      expect(problems, show(dockerfile)).toHaveLength(1);
      expect(problems[0].line, `${show(dockerfile)}: FROM is on line 3 (comments and blank lines count)`).toBe(3);
      expect(problems[0].message, show(dockerfile)).toContain(image);
    }
  });

  it('flags every unpinned stage, in order', () => {
    const dockerfile = `FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim@${DIGEST} AS test\nFROM debian:12\nCOPY --from=build /app /app`;
    expect(pinned(dockerfile).map((problem) => problem.line), show(dockerfile)).toEqual([1, 4]);
  });

  it('needs no digest for an earlier stage (named in any case) or for scratch', () => {
    const dockerfile = `FROM node:20@${DIGEST} AS Build\nRUN npm ci\nFROM build AS test\nFROM BUILD\nFROM scratch\nCOPY --from=build /app /app`;
    expect(pinned(dockerfile), show(dockerfile)).toEqual([]);
  });

  it('leaves a FROM with no image to Docker, which refuses it', () => {
    expect(pinned(`FROM\nFROM node@${DIGEST}`)).toEqual([]);
  });

  it('pulls an image named like a stage that comes only later', () => {
    const dockerfile = `FROM runtime\nRUN echo\nFROM node:20@${DIGEST} AS runtime`;
    expect(pinned(dockerfile).map((problem) => problem.line), `${show(dockerfile)}: "runtime" is not a stage yet on line 1`).toEqual([1]);
  });
});

describe('nonRootUser', () => {
  it('accepts a final stage whose last USER is not root', () => {
    for (const user of ['node', 'node:node', '1000', '1000:1000', 'app', 'rootless', '10', 'node:0']) {
      const dockerfile = `FROM node@${DIGEST} AS build\nFROM node@${DIGEST}\nUSER ${user}\nCMD ["node"]`;
      expect(rootUser(dockerfile), show(dockerfile)).toEqual([]);
    }
  });

  it('flags root, by name or UID 0, with or without a group, at the USER line', () => {
    for (const user of ['root', '0', 'root:root', '0:0', 'root:node']) {
      const dockerfile = `FROM node@${DIGEST}\nWORKDIR /app\nUSER ${user}`;
      const problems = rootUser(dockerfile);
      expect(problems.map((problem) => problem.line), show(dockerfile)).toEqual([3]);
      expect(problems[0].message, show(dockerfile)).toMatch(/root/);
    }
  });

  it('flags a final stage with no USER at its FROM line, even when an earlier stage has one', () => {
    const dockerfile = `FROM node@${DIGEST} AS build\nUSER node\nRUN npm ci\n\nFROM node@${DIGEST}\nCOPY --from=build /app /app`;
    const problems = rootUser(dockerfile);
    expect(problems.map((problem) => problem.line), show(dockerfile)).toEqual([5]);
    expect(problems[0].message, show(dockerfile)).toMatch(/root/);
  });

  it('reads the last USER of the final stage', () => {
    expect(rootUser(`FROM node@${DIGEST}\nUSER node\nUSER root`).map((problem) => problem.line), 'USER root comes last').toEqual([3]);
    expect(rootUser(`FROM node@${DIGEST}\nUSER root\nRUN apt-get update\nUSER node`), 'USER node comes last').toEqual([]);
  });

  it('has nothing to say about an empty Dockerfile (other rules do)', () => {
    expect(rootUser('# nothing yet\n')).toEqual([]);
  });
});

describe('checkImage', () => {
  it('names the rule, the line, and why it matters', () => {
    const findings = checkImage({ dockerfile: `FROM node:20 AS build\nFROM node@${DIGEST}\nCOPY --from=build /a /a\nUSER root\nHEALTHCHECK CMD ["curl", "-f", "http://localhost:8787/healthz"]\nCMD ["node", "serve.mjs"]`, dockerignore: '*\n!project/' });
    expect(findings.map((finding) => [finding.rule, finding.line])).toEqual([['pinned-base-image', 1], ['non-root-user', 4]]);
    expect(describeFinding(findings[1])).toMatch(/^Dockerfile:4 non-root-user: USER root is root\. Why it matters: .+/);
  });
});
