// `npm run build:sandbox`: builds the exercise runner's sandbox into generated/public/runner/,
// which the site serves at /runner/:
//   sandbox.html          the page the runner loads in a sandboxed iframe: a strict CSP, the
//                         worker's runtime (embedded, as a worker starts from a blob URL there)
//                         and a small script that starts a worker per run
//   libraries/<name>.js   the large libraries, which the page fetches and hands in only to runs
//                         whose code imports them (the sandbox itself may make no request)
//   sources/<id>.json     per exercise, the project sources its code can reach (`@project/*`),
//                         which the page hands in with each run
//   harness.html          a bare page that drives `createRunner` (used by the e2e spec and the bench)
// Run with tsx, which lets this script import the runner's TypeScript.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { loadExercises } from '../src/plugins/exercises/load-exercises.ts';
import { DISTRIBUTION_LIBRARIES, LIBRARY_BUNDLES } from '../src/runner/library-bundles.ts';
import { gatherProjectSources, reachableProjectSources } from '../src/runner/project-sources.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'generated', 'public', 'runner');

// Trims what learner code can never reach: the sandbox has no use for linkedom's CSS parser
// (Plot never reads a style sheet), for zod's error messages in 40 languages (English stays), nor
// for sucrase's run-time check of its options (the runner's options are fixed and type-checked).
const trimLibraries = {
  name: 'trim-libraries',
  setup(build) {
    build.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssom', namespace: 'trimmed' }));
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      /[\\/]zod[\\/]/.test(importer) ? { path: 'zod-locales', namespace: 'trimmed', pluginData: importer } : undefined,
    );
    build.onResolve({ filter: /^\.\/Options$/ }, ({ importer }) =>
      /[\\/]sucrase[\\/]/.test(importer) ? { path: 'sucrase-options', namespace: 'trimmed' } : undefined,
    );
    const trimmed = {
      cssom: { contents: 'export function parse() { throw new Error("CSS style sheets are not available in the sandbox"); }' },
      'sucrase-options': { contents: 'export function validateOptions() {}' },
    };
    build.onLoad({ filter: /.*/, namespace: 'trimmed' }, ({ path, pluginData }) =>
      trimmed[path] ?? { contents: 'export { default as en } from "./en.js";', resolveDir: join(pluginData, '..', '..', 'locales') },
    );
  },
};

/** `entry`: a file of src/runner/, or `{ contents }` of a module written here. */
async function bundle(entry, options = {}) {
  const result = await esbuild.build({
    ...(typeof entry === 'string' ? { entryPoints: [join(root, 'src', 'runner', entry)] } : { stdin: { ...entry, resolveDir: root } }),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [trimLibraries],
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0].text;
}

// Each library bundle assigns its exports to `__bundle`, which the worker reads (sandbox-worker.ts).
const libraryEntries = {
  'postal-mime': { contents: "export * from 'postal-mime'; export { default } from 'postal-mime';" },
  zod: { contents: "export * from 'zod'; export { default } from 'zod';" },
  plot: 'plot-without-dom.ts',
  hono: { contents: "import * as hono from 'hono'; import * as bodyLimit from 'hono/body-limit'; export { hono, bodyLimit as 'hono/body-limit' };" },
  'dockerfile-ast': { contents: "export * from 'dockerfile-ast';" },
  'workflow-parser': { contents: "export * from '@actions/workflow-parser';" },
  distributions: {
    // Exported under each package's name: the bundle is the record `LibraryBundleExports` describes.
    contents: DISTRIBUTION_LIBRARIES.map((name, i) => `import f${i} from '${name}';`).join('\n') + `\nexport { ${DISTRIBUTION_LIBRARIES.map((name, i) => `f${i} as '${name}'`).join(', ')} };`,
  },
};
const libraries = {};
// Node globals a library reaches for, given to that library's bundle alone.
const libraryInjects = { 'dockerfile-ast': [join(root, 'src', 'runner', 'shims', 'buffer-from-text.ts')] };
for (const name of LIBRARY_BUNDLES) libraries[name] = await bundle(libraryEntries[name], { globalName: '__bundle', inject: libraryInjects[name] ?? [] });

// Per exercise, what its starter, tests, answer, and the starters of the modules it may take
// from the learner's earlier exercises can import from the project.
const projectSources = gatherProjectSources(root);
const exercises = loadExercises(join(root, 'exercises'), join(root, 'project'));
const exerciseSources = Object.fromEntries(
  exercises.map((exercise) => {
    const providers = exercises.filter((other) => exercise.meta.modules.some((name) => name in other.meta.provides));
    const versions = [
      { ...exercise.problemFiles, ...exercise.testFiles },
      { ...exercise.solutionFiles, ...exercise.testFiles },
      ...providers.map((provider) => provider.problemFiles),
    ];
    return [exercise.id, reachableProjectSources(projectSources, versions)];
  }),
);

const runtime = await bundle('sandbox-worker.ts');
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

const written = {
  'sandbox.html': sandboxHtml,
  'harness.html': harnessHtml,
  'harness.js': harness,
  ...Object.fromEntries(Object.entries(libraries).map(([name, code]) => [`libraries/${name}.js`, code])),
  ...Object.fromEntries(Object.entries(exerciseSources).map(([id, sources]) => [`sources/${id}.json`, JSON.stringify(sources)])),
};
rmSync(outDir, { recursive: true, force: true }); // no file of an earlier build lingers
for (const [path, text] of Object.entries(written)) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), text);
}

const kib = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB (${(gzipSync(text).length / 1024).toFixed(0)} KiB gzip)`;
const sourceSizes = Object.values(exerciseSources).map((sources) => gzipSync(JSON.stringify(sources)).length / 1024);
console.log(`[sandbox] → generated/public/runner/`);
console.log(`[sandbox]   sandbox.html ${kib(sandboxHtml)}; harness.js ${kib(harness)}`);
for (const [name, code] of Object.entries(libraries)) console.log(`[sandbox]   libraries/${name}.js ${kib(code)}`);
console.log(
  `[sandbox]   sources/ for ${exercises.length} exercises, ${Math.min(...sourceSizes).toFixed(0)}–${Math.max(...sourceSizes).toFixed(0)} KiB gzip each`,
);
