/**
 * A CommonJS module registry over the run's in-memory files: compiles each module once (and
 * caches compilations across runs), evaluates it with a `require` that resolves like the course's
 * configs, and gives cycles CommonJS semantics (a module in a cycle sees the other's exports so
 * far). One loader per test file, as vitest isolates test files.
 */
import { CompileError, SOURCE_URL_PREFIX, compileModule, sourcePosition, type CompiledModule, type SourcePosition } from './compile';
import { ImportError, moduleFile, resolveImport, type LibraryName, type ModuleSources, type ResolvedModule } from './resolve';
import { isTextFile } from './text-files';

/** An import that cannot work, with where it is written. */
export class LocatedImportError extends ImportError {
  constructor(
    message: string,
    readonly location?: SourcePosition,
  ) {
    super(message);
  }
}

const compileCache = new Map<string, CompiledModule>();
const COMPILE_CACHE_SIZE = 500;

function compileCached(file: string, source: string, async: boolean): CompiledModule {
  const key = `${async ? 'a' : 's'}\0${file}\0${source}`;
  let compiled = compileCache.get(key);
  if (!compiled) {
    compiled = compileModule(file, source, async);
    if (compileCache.size >= COMPILE_CACHE_SIZE) compileCache.clear();
    compileCache.set(key, compiled);
  }
  return compiled;
}

/** Where `specifier` is written in `source`, for an error that has no stack to point at. */
function findSpecifier(file: string, source: string, specifier: string): SourcePosition | undefined {
  for (const quote of ["'", '"']) {
    const index = source.indexOf(`${quote}${specifier}${quote}`);
    if (index === -1) continue;
    const before = source.slice(0, index);
    const line = before.split('\n').length;
    return { file, line, column: index - before.lastIndexOf('\n') };
  }
  return undefined;
}

type ModuleRecord = { exports: unknown };
type ModuleFunction = (this: unknown, exports: unknown, require: (specifier: string) => unknown, module: ModuleRecord, console: Console) => unknown;

export interface ModuleLoaderOptions {
  sources: ModuleSources;
  /** Library exports by name, loaded before evaluation (see `librariesNeeded`); `vitest` comes from `testApiFor`. */
  libraries: Partial<Record<LibraryName, unknown>>;
  /** The `vitest` module as `importer` sees it: test files and the learner's modules get different views. */
  testApiFor(importer: ResolvedModule): unknown;
  /** The `console` every module sees. */
  console: Console;
}

/** What the modules reachable from a test file import from outside the exercise and the project. */
export interface LibrariesNeeded {
  libraries: Set<LibraryName>;
  /** A module importing `course:display` names `showPlot`, so the run needs Plot. */
  drawsCharts: boolean;
}

export class ModuleLoader {
  private readonly registry = new Map<string, ModuleRecord>();
  /** Source and wrapper of every compiled file, to map stack positions back. */
  private readonly compiled = new Map<string, { source: string; async: boolean }>();

  constructor(private readonly options: ModuleLoaderOptions) {}

  private sourceOf(module: ResolvedModule): string | undefined {
    if (module.kind === 'exercise') return this.options.sources.exercise[module.path];
    if (module.kind === 'project') return this.options.sources.project[module.path];
    return undefined;
  }

  private compile(module: ResolvedModule, async: boolean): CompiledModule | undefined {
    const source = this.sourceOf(module);
    if (source === undefined || module.kind === 'dataset' || module.kind === 'library') return undefined;
    if (module.path.endsWith('.json') || isTextFile(module.path)) return undefined;
    const file = moduleFile(module);
    this.compiled.set(file, { source, async });
    return compileCached(file, source, async);
  }

  /**
   * Compiles every module reachable from `entries` (exercise paths of test files) and returns
   * the libraries they import, so syntax errors and impossible imports surface before any test
   * runs, with their location. Throws `CompileError` or `LocatedImportError`.
   */
  librariesNeeded(entries: string[]): LibrariesNeeded {
    const libraries = new Set<LibraryName>();
    let drawsCharts = false;
    const seen = new Set<string>();
    const visit = (module: ResolvedModule, async: boolean) => {
      const file = moduleFile(module);
      if (seen.has(file)) return;
      seen.add(file);
      const compiled = this.compile(module, async);
      for (const specifier of compiled?.requires ?? []) {
        let target: ResolvedModule;
        try {
          target = resolveImport(specifier, module, this.options.sources);
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          throw new LocatedImportError(error.message, findSpecifier(file, this.sourceOf(module) ?? '', specifier));
        }
        if (target.kind === 'library') libraries.add(target.name);
        else visit(target, false);
        if (target.kind === 'library' && target.name === 'course:display' && /\bshowPlot\b/.test(this.sourceOf(module) ?? '')) drawsCharts = true;
      }
    };
    for (const entry of entries) visit({ kind: 'exercise', path: entry }, true);
    return { libraries, drawsCharts };
  }

  /** Evaluates a test file; resolves when its top level (and any top-level `await`) is done. */
  async runEntry(path: string): Promise<void> {
    await this.evaluate({ kind: 'exercise', path }, true);
  }

  private require(specifier: string, importer: ResolvedModule): unknown {
    const target = resolveImport(specifier, importer, this.options.sources);
    if (target.kind === 'dataset') return this.options.sources.datasets[target.name];
    if (target.kind === 'library') {
      if (target.name === 'vitest') return this.options.testApiFor(importer);
      if (!(target.name in this.options.libraries)) {
        throw new ImportError(`"${specifier}" could not be loaded here: import it with a plain import statement at the top of a file.`);
      }
      return this.options.libraries[target.name];
    }
    return this.evaluate(target, false);
  }

  private evaluate(module: ResolvedModule & { path: string }, async: boolean): unknown {
    const file = moduleFile(module);
    const cached = this.registry.get(file);
    if (cached) return cached.exports;
    const record: ModuleRecord = { exports: {} };
    this.registry.set(file, record);
    const source = this.sourceOf(module) ?? '';
    if (file.endsWith('.json')) {
      try {
        record.exports = JSON.parse(source);
      } catch (error) {
        throw new CompileError(`${file} is not valid JSON: ${(error as Error).message}`, { file, line: 1 });
      }
      return record.exports;
    }
    if (isTextFile(file)) {
      // An ES module with the text as its default export, as `import text from './Dockerfile'` expects.
      record.exports = Object.freeze({ __esModule: true, default: source });
      return record.exports;
    }
    const { code } = compileCached(file, source, async);
    this.compiled.set(file, { source, async });
    let factory: ModuleFunction;
    try {
      factory = (0, eval)(code) as ModuleFunction;
    } catch (error) {
      // Sucrase lets some invalid code through; the engine then refuses it without a position.
      throw new CompileError(`${file} does not parse: ${(error as Error).message}`, { file, line: 1 });
    }
    const result = factory.call(record.exports, record.exports, (specifier) => this.require(specifier, module), record, this.options.console);
    return async ? Promise.resolve(result).then(() => record.exports) : record.exports;
  }

  /**
   * The first position in `stack` that is in one of the learner's files (else in a project
   * file), mapped back to the source. Stack frames name files after `SOURCE_URL_PREFIX`.
   */
  locate(stack: string): SourcePosition | undefined {
    const frames = [...stack.matchAll(new RegExp(`${SOURCE_URL_PREFIX}([^\\s()]+?):(\\d+):(\\d+)`, 'g'))];
    const learnerFrame = frames.find((frame) => Object.hasOwn(this.options.sources.exercise, frame[1])) ?? frames[0];
    if (!learnerFrame) return undefined;
    const [, file, line, column] = learnerFrame;
    const compiled = this.compiled.get(file);
    if (!compiled) return { file, line: Number(line), column: Number(column) };
    return sourcePosition(file, compiled.source, compiled.async, Number(line), Number(column));
  }
}
