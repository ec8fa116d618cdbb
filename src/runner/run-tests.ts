/**
 * The runner's core, usable in Node and in the sandbox's worker: runs a `RunRequest` in-process
 * (compile, resolve, execute each test file with a fresh module registry) and reports events as
 * they happen. It does not protect the caller from the code it runs: the sandbox does that.
 */
import { CompileError } from './compile';
import { captureConsole } from './console-capture';
import { describeFailure, describeThrown } from './describe-failure';
import { loadLibraries } from './libraries';
import type { LoadBundles } from './library-bundles';
import { LocatedImportError, ModuleLoader } from './module-loader';
import type { RunEvent, RunOutcome, RunRequest } from './protocol';
import { ImportError, moduleFile, type LibraryName, type ResolvedModule } from './resolve';
import { createTestSession } from './test-session';
import { learnerModuleView, testFileView } from './test-api-views';

export interface RunEnvironment {
  /** Brings in the library bundles the run's code imports. */
  loadBundles: LoadBundles;
  /** Subscribes to errors nothing caught (a rejected promise nobody awaited); returns the unsubscribe. */
  watchUncaughtErrors?: (onError: (error: unknown) => void) => () => void;
}

export async function runTests(request: RunRequest, environment: RunEnvironment, onEvent: (event: RunEvent) => void): Promise<RunOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const captured = captureConsole(onEvent);
  const uncaught: unknown[] = [];
  const stopWatching = environment.watchUncaughtErrors?.((error) => uncaught.push(error));
  const sources = {
    exercise: request.files,
    project: { ...request.projectSources, ...request.moduleOverrides },
    datasets: request.datasets ?? {},
  };
  const counts = { pass: 0, fail: 0, skip: 0 };

  try {
    for (const testFile of request.testFiles) {
      if (!Object.hasOwn(request.files, testFile)) {
        return { status: 'error', reason: 'crash', message: `The test file ${testFile} is not among the exercise's files.`, durationMs: elapsed() };
      }
      const session = createTestSession();
      const libraries: Partial<Record<LibraryName, unknown>> = {};
      const testView = testFileView(session.module);
      const learnerViews = new Map<string, unknown>();
      const testApiFor = (importer: ResolvedModule) => {
        if (importer.kind === 'exercise' && request.testFiles.includes(importer.path)) return testView;
        const file = moduleFile(importer);
        if (!learnerViews.has(file)) learnerViews.set(file, learnerModuleView(session.module, file, request.testFiles));
        return learnerViews.get(file);
      };
      const loader = new ModuleLoader({ sources, libraries, testApiFor, console: captured.console });
      try {
        const { libraries: needed, drawsCharts } = loader.librariesNeeded([testFile]);
        const warn = (message: string) => captured.console.warn(message);
        Object.assign(libraries, await loadLibraries(needed, drawsCharts, environment.loadBundles, onEvent, warn));
        const { importError } = await session.run(
          () => loader.runEntry(testFile),
          (result) => {
            counts[result.status] += 1;
            const failure = result.status === 'fail' ? describeFailure(result.error, (stack) => loader.locate(stack)) : undefined;
            onEvent({
              type: 'test',
              file: testFile,
              path: result.path,
              name: result.name,
              status: result.status,
              durationMs: Math.round(result.durationMs * 10) / 10,
              ...(failure && { failure }),
            });
          },
        );
        if (importError !== undefined) throw importError;
      } catch (error) {
        if (error instanceof CompileError) {
          return { status: 'error', reason: 'compile', message: error.message, location: error.location, durationMs: elapsed() };
        }
        if (error instanceof LocatedImportError) {
          return { status: 'error', reason: 'import', message: error.message, ...(error.location && { location: error.location }), durationMs: elapsed() };
        }
        const { location } = describeFailure(error, (stack) => loader.locate(stack));
        const message = `${testFile} failed before any test ran. ${describeThrown(error)}`;
        return { status: 'error', reason: error instanceof ImportError ? 'import' : 'crash', message, ...(location && { location }), durationMs: elapsed() };
      }
      if (uncaught.length > 0) {
        const { location } = describeFailure(uncaught[0], (stack) => loader.locate(stack));
        const message =
          `An error escaped every test while ${testFile} ran (often a promise that nothing awaits): ${describeThrown(uncaught[0])}` +
          (uncaught.length > 1 ? ` (and ${uncaught.length - 1} more)` : '');
        return { status: 'error', reason: 'crash', message, ...(location && { location }), durationMs: elapsed() };
      }
    }
    return { status: 'finished', passed: counts.pass, failed: counts.fail, skipped: counts.skip, durationMs: elapsed(), consoleTruncated: captured.truncated };
  } finally {
    captured.close();
    stopWatching?.();
  }
}
