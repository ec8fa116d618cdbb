import { describe, expect, it } from 'vitest';
import { checkImage, describeFinding } from './dockerfile-rules';

const DIGEST = `sha256:${'0'.repeat(64)}`;
const good = [
  `FROM node:20.1.0-slim@${DIGEST} AS build`,
  'RUN npm ci && npm run build',
  `FROM node:20.1.0-slim@${DIGEST}`,
  'COPY --from=build /app/dist ./dist',
  'USER node',
  'HEALTHCHECK CMD ["node", "-e", "fetch(\'http://127.0.0.1:8787/healthz\')"]',
  'CMD ["node", "dist/serve.mjs"]',
].join('\n');
const ignore = '# allow-list\n*\n!package.json\n!project/\n';
const rules = (dockerfile: string, dockerignore = ignore) => checkImage({ dockerfile, dockerignore }).map((finding) => finding.rule);

describe('checkImage', () => {
  it('passes a Dockerfile that keeps every promise', () => {
    expect(checkImage({ dockerfile: good, dockerignore: ignore })).toEqual([]);
  });

  it('names the rule, the line and why it matters', () => {
    const [finding] = checkImage({ dockerfile: good.replace(`node:20.1.0-slim@${DIGEST} AS build`, 'node:20 AS build'), dockerignore: ignore });
    expect(finding).toMatchObject({ rule: 'pinned-base-image', line: 1, message: expect.stringContaining('node:20') });
    expect(describeFinding(finding)).toMatch(/^Dockerfile:1 pinned-base-image: .* Why it matters: .*tag/);
  });

  it('catches each broken promise', () => {
    expect(rules(`FROM node@${DIGEST}\nUSER node\nHEALTHCHECK CMD curl /healthz\nCMD ["node"]`)).toEqual(['multi-stage']);
    expect(rules(good.replace('COPY --from=build', 'COPY'))).toEqual(['multi-stage']);
    expect(rules(good.replace('USER node', 'USER root'))).toEqual(['non-root-user']);
    expect(rules(good.replace('USER node\n', ''))).toEqual(['non-root-user']);
    expect(rules(good.replace(/HEALTHCHECK.*\n/, ''))).toEqual(['health-check']);
    expect(rules(good.replace('/healthz', '/'))).toEqual(['health-check']);
    expect(rules(good.replace('CMD ["node", "dist/serve.mjs"]', 'CMD node dist/serve.mjs'))).toEqual(['exec-form-command']);
    expect(rules(good, 'node_modules\n')).toEqual(['small-build-context']);
    expect(rules(good, '*\n!node_modules/\n!.env\n')).toEqual(['small-build-context', 'small-build-context']);
  });

  it('reads instructions continued over several lines, and stage names in any case', () => {
    const continued = good.replace('USER node', 'USER \\\n  node').replace('AS build', 'AS Build');
    expect(checkImage({ dockerfile: continued, dockerignore: ignore })).toEqual([]);
  });
});
