/**
 * Turns one TypeScript/TSX file into a CommonJS function body with sucrase, and maps a position
 * in the compiled code back to the learner's source. Sucrase keeps every line where it was, so
 * only columns need its source map, which is computed lazily when an error needs a location.
 */
import { transform } from 'sucrase';

export interface SourcePosition {
  file: string;
  /** 1-based, as editors and stack traces count. */
  line: number;
  /** 1-based. */
  column?: number;
}

/** A file that does not parse: the learner's file and where. */
export class CompileError extends Error {
  constructor(
    message: string,
    readonly location: SourcePosition,
  ) {
    super(message);
    this.name = 'CompileError';
  }
}

/**
 * Stack traces name evaluated code after its `sourceURL`; this prefix tells the learner's files
 * (and the project's) apart from the runner's own frames.
 */
export const SOURCE_URL_PREFIX = 'exercise:///';

/** The parameters every compiled module receives, in order (see `module-loader.ts`). */
const MODULE_PARAMETERS = ['exports', 'require', 'module', 'console'] as const;

const TRANSFORMS: ('typescript' | 'jsx' | 'imports')[] = ['typescript', 'jsx', 'imports'];

export interface CompiledModule {
  /** A function expression taking `MODULE_PARAMETERS`, to evaluate. */
  code: string;
  /**
   * The specifiers the module requires (its imports that survive type elision, and dynamic
   * `import()`), so libraries can be loaded and bad imports reported before any test runs.
   */
  requires: string[];
}

/**
 * Compiles `source` to CommonJS wrapped in a function expression. `async` makes it an async
 * function so a test file may use top-level `await`, as vitest allows. The wrapper opens on the
 * first line, so line numbers stay those of the source.
 */
export function compileModule(file: string, source: string, async = false): CompiledModule {
  let code: string;
  try {
    code = transform(source, { transforms: TRANSFORMS, filePath: file, jsxRuntime: 'automatic', production: true }).code;
  } catch (error) {
    const { loc } = error as { loc?: { line: number; column: number } };
    const reason = String((error as Error).message).replace(/^Error transforming [^:]*: /, '').replace(/ \(\d+:\d+\)$/, '');
    throw new CompileError(`${file} does not parse: ${reason}.`, { file, line: loc?.line ?? 1, column: loc?.column });
  }
  // Sucrase writes every import as `require('…')` with the source's quotes; a look-alike in a string only costs an early lookup.
  const requires = new Set<string>();
  for (const match of code.matchAll(/\brequire\((['"])([^'"\n]+)\1\)/g)) requires.add(match[2]);
  return {
    code: `(${async ? 'async ' : ''}function (${MODULE_PARAMETERS.join(', ')}) {${code}\n})\n//# sourceURL=${SOURCE_URL_PREFIX}${file}`,
    requires: [...requires],
  };
}

/** How many characters the wrapper adds before the code on line 1. */
function wrapperWidth(async: boolean): number {
  return `(${async ? 'async ' : ''}function (${MODULE_PARAMETERS.join(', ')}) {`.length;
}

const columnMaps = new Map<string, number[][][]>();

/**
 * Where in `source` the compiled position `line:column` (1-based, as in a stack trace) comes
 * from. Falls back to the compiled column when the map has no segment for the line.
 */
export function sourcePosition(file: string, source: string, async: boolean, line: number, column: number): SourcePosition {
  const compiledColumn = line === 1 ? column - wrapperWidth(async) : column;
  const key = `${file}\0${source}`;
  let map = columnMaps.get(key);
  if (!map) {
    const { sourceMap } = transform(source, {
      transforms: TRANSFORMS,
      filePath: file,
      jsxRuntime: 'automatic',
      production: true,
      sourceMapOptions: { compiledFilename: file },
    });
    map = decodeMappings(sourceMap?.mappings ?? '');
    columnMaps.clear(); // one map at a time is plenty: locations are computed for failures only
    columnMaps.set(key, map);
  }
  // Last segment starting at or before the compiled column (both 0-based in the map).
  let mapped: number | undefined;
  for (const segment of map[line - 1] ?? []) {
    if (segment[0] > compiledColumn - 1) break;
    mapped = segment[3];
  }
  return { file, line, column: mapped === undefined ? Math.max(1, compiledColumn) : mapped + 1 };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes source map `mappings` into, per generated line, segments of absolute numbers. */
function decodeMappings(mappings: string): number[][][] {
  const lines: number[][][] = [];
  // Source index, line and column carry over from segment to segment; the generated column resets per line.
  let sourceIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const lineText of mappings.split(';')) {
    const segments: number[][] = [];
    let generatedColumn = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generatedColumn += values[0];
      if (values.length >= 4) {
        sourceIndex += values[1];
        sourceLine += values[2];
        sourceColumn += values[3];
        segments.push([generatedColumn, sourceIndex, sourceLine, sourceColumn]);
      }
    }
    lines.push(segments);
  }
  return lines;
}
