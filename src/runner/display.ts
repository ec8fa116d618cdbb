/**
 * `course:display`, the module exercise code uses to show data: `showTable(rows, title?)`,
 * `showPlot(plotOptionsOrElement, title?)` and `showMarkdown(text, title?)`. Each call becomes a
 * `display` event; charts travel as SVG markup, which the page shows as an image and never
 * injects; Markdown travels as text, which the page renders without raw HTML. `saveOutput(name,
 * value)` hands a JSON value back to the page instead (an `output` event), for it to keep.
 */
import type { RunEvent } from './protocol';
import type { PlotWithoutDom } from './plot-without-dom';

const DISPLAY_LIMITS = { displays: 20, rows: 500, svgCharacters: 2_000_000, markdownCharacters: 200_000 };
/** What one run may hand back with `saveOutput`: a few named values, each at most this much JSON. */
export const OUTPUT_LIMITS = { outputs: 5, jsonCharacters: 2_000_000, name: /^[a-z][a-z0-9-]{0,63}$/ };

/** `plot` is there only when the run's code names `showPlot` (see `bundlesFor`). */
export function createDisplayModule(emit: (event: RunEvent) => void, plot: PlotWithoutDom | undefined, warn: (message: string) => void) {
  let shown = 0;
  const saved = new Set<string>();
  const admit = () => {
    shown += 1;
    if (shown === DISPLAY_LIMITS.displays + 1) warn(`Only the first ${DISPLAY_LIMITS.displays} tables and charts of a run are shown.`);
    return shown <= DISPLAY_LIMITS.displays;
  };
  return {
    showTable(rows: unknown, title?: string) {
      if (!Array.isArray(rows)) throw new TypeError('showTable(rows) takes an array of objects, like [{ word: "free", count: 3 }].');
      if (!admit()) return;
      if (rows.length > DISPLAY_LIMITS.rows) warn(`showTable: showing the first ${DISPLAY_LIMITS.rows} of ${rows.length} rows.`);
      // Only JSON crosses to the page: keep what a table can show, and say which row cannot be.
      const shownRows = rows.slice(0, DISPLAY_LIMITS.rows).map((row: unknown, index) => {
        try {
          return JSON.parse(JSON.stringify(typeof row === 'object' && row !== null && !Array.isArray(row) ? row : { value: row })) as Record<string, unknown>;
        } catch (error) {
          throw new TypeError(`showTable: row ${index + 1} cannot be shown (${(error as Error).message}). A table shows strings, numbers, booleans, null, arrays and plain objects.`);
        }
      });
      emit({ type: 'display', kind: 'table', rows: shownRows, ...(title === undefined ? {} : { title: String(title) }) });
    },
    showPlot(chart: unknown, title?: string) {
      if (!plot) throw new Error('showPlot is not loaded: import it by name, `import { showPlot } from \'course:display\'`, so the run brings in the chart library.');
      if (!admit()) return;
      const svg = plot.toSvg(chart);
      if (svg.length > DISPLAY_LIMITS.svgCharacters) {
        warn(`showPlot: this chart is too large to show (${Math.round(svg.length / 1e6)} MB of SVG); plot fewer points.`);
        return;
      }
      emit({ type: 'display', kind: 'svg', svg, ...(title === undefined ? {} : { title: String(title) }) });
    },
    showMarkdown(markdown: unknown, title?: string) {
      if (typeof markdown !== 'string') throw new TypeError('showMarkdown(text) takes a string of Markdown, like "# Model card".');
      if (!admit()) return;
      if (markdown.length > DISPLAY_LIMITS.markdownCharacters) {
        warn(`showMarkdown: this text is too long to show (${markdown.length} characters; the limit is ${DISPLAY_LIMITS.markdownCharacters}).`);
        return;
      }
      emit({ type: 'display', kind: 'markdown', markdown, ...(title === undefined ? {} : { title: String(title) }) });
    },
    saveOutput(name: unknown, value: unknown) {
      if (typeof name !== 'string' || !OUTPUT_LIMITS.name.test(name)) throw new TypeError('saveOutput(name, value) takes a name in lowercase letters, digits and dashes, like "model".');
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch (error) {
        throw new TypeError(`saveOutput: "${name}" cannot be saved (${(error as Error).message}). Save strings, numbers, booleans, null, arrays and plain objects.`);
      }
      if (json === undefined) throw new TypeError(`saveOutput: "${name}" is ${String(value)}, which JSON cannot hold.`);
      if (json.length > OUTPUT_LIMITS.jsonCharacters) throw new RangeError(`saveOutput: "${name}" is too large to save (${json.length} characters of JSON; the limit is ${OUTPUT_LIMITS.jsonCharacters}).`);
      saved.add(name);
      if (saved.size > OUTPUT_LIMITS.outputs) throw new RangeError(`saveOutput: a run can save at most ${OUTPUT_LIMITS.outputs} outputs.`);
      emit({ type: 'output', name, value: JSON.parse(json) });
    },
  };
}
