// `npm run build:sandbox`: builds the exercise runner's sandbox into generated/public/runner/,
// which the site serves at /runner/:
//   sandbox.html   the page the runner loads in a sandboxed iframe: a strict CSP, the worker's
//                  runtime (embedded, as a worker starts from a blob URL there) and a tiny relay
//   harness.html   a bare page that drives `createRunner` (used by the e2e spec and the bench)
// The project's browser-safe sources (project/src, gathered now) are compiled into the runtime.
// Run with tsx, which lets this script import the runner's TypeScript.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { gatherProjectSources } from '../src/runner/project-sources.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'generated', 'public', 'runner');

// Trims what learner code can never reach: the sandbox has no use for linkedom's CSS parser
// (Plot never reads a style sheet) nor for zod's error messages in 40 languages (English stays).
const trimLibraries = {
  name: 'trim-libraries',
  setup(build) {
    build.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssom', namespace: 'trimmed' }));
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]zod[\\/]/.test(importer) ? { path: 'zod-locales', namespace: 'trimmed', pluginData: importer } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'trimmed' }, ({ path, pluginData }) =>
      path === 'cssom'
        ? { contents: 'export function parse() { throw new Error("CSS style sheets are not available in the sandbox"); }' }
        : { contents: 'export { default as en } from "./en.js";', resolveDir: join(pluginData, '..', '..', 'locales') },
    );
  },
};

async function bundle(entry, define = {}) {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'runner', entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    define,
    plugins: [trimLibraries],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const projectSources = gatherProjectSources(root);
const runtime = await bundle('sandbox-worker.ts', { __PROJECT_SOURCES__: JSON.stringify(projectSources) });
const relay = await bundle('sandbox-frame.ts');
const hash = createHash('sha256').update(relay).digest('base64');

// The runtime sits in a non-executed <script type="text/plain">, which ends at the first "</script".
// "<\/script" means the same thing wherever JavaScript can contain it (strings, regexes, comments).
const embeddedRuntime = runtime.replace(/<\/script/gi, '<\\/script');

// No request of any kind (connect-src, img-src… all 'none'); scripts: the relay by hash, eval for
// the compiled exercise code, and workers from blob URLs only. importScripts() is script-src: blocked.
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}' 'unsafe-eval'`,
  'worker-src blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const sandboxHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="robots" content="noindex">
<title>Exercise sandbox</title>
</head>
<body>
<script type="text/plain" id="runtime">${embeddedRuntime}</script>
<script>${relay}</script>
</body>
</html>
`;

const harness = await bundle('harness-page.ts');
const harnessHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Runner harness</title>
</head>
<body>
<h1>Runner harness</h1>
<p>Drives the exercise runner for the end-to-end tests and the benchmark. Nothing to see here.</p>
<button id="ping" type="button">Ping</button> <output id="pings">0</output>
<script src="harness.js"></script>
</body>
</html>
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'sandbox.html'), sandboxHtml);
writeFileSync(join(outDir, 'harness.html'), harnessHtml);
writeFileSync(join(outDir, 'harness.js'), harness);

const kib = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB (${(gzipSync(text).length / 1024).toFixed(0)} KiB gzip)`;
console.log(`[sandbox] ${Object.keys(projectSources).length} project files → generated/public/runner/`);
console.log(`[sandbox]   sandbox.html ${kib(sandboxHtml)}; harness.js ${kib(harness)}`);
