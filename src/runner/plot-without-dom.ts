/**
 * Observable Plot where there is no DOM (a Web Worker, Node): every chart is drawn into a light
 * DOM (linkedom) and serialized to a standalone SVG document, which the page shows as an image.
 * The sandbox receives this module as its own bundle, only for runs that draw charts.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

type PlotExports = typeof Plot;
export interface PlotWithoutDom {
  /** The `@observablehq/plot` exports learner code sees, drawing into the light DOM by default. */
  module: PlotExports;
  /** A chart (Plot options, or an element Plot returned) as standalone SVG markup. */
  toSvg(chart: unknown): string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** An image has no page around it: give it the colours Plot's `currentColor` expects. */
const IMAGE_STYLE = 'background:white;color:black';

interface LightElement {
  tagName: string;
  outerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): ArrayLike<LightElement>;
  children: ArrayLike<LightElement>;
}

function isElement(value: unknown): value is LightElement {
  return typeof value === 'object' && value !== null && typeof (value as LightElement).outerHTML === 'string';
}

let created: PlotWithoutDom | undefined;

/** Plot drawing into a document of its own; made once per realm (it patches Plot's `Mark`). */
export function createPlotWithoutDom(): PlotWithoutDom {
  created ??= drawWithoutDom();
  return created;
}

function drawWithoutDom(): PlotWithoutDom {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const withDocument = <T extends object | undefined>(options: T) => ({ document, ...options });
  const plot = ((options?: Plot.PlotOptions) => Plot.plot(withDocument(options))) as PlotExports['plot'];
  const legend = ((options?: Plot.LegendOptions) => Plot.legend(withDocument(options))) as PlotExports['legend'];
  // `Plot.dot(data).plot()` goes through the mark's own method, not the `plot` export.
  const markPlot = Plot.Mark.prototype.plot;
  Plot.Mark.prototype.plot = function (this: Plot.Mark, options?: Plot.PlotOptions) {
    return markPlot.call(this, withDocument(options));
  };
  const module = { ...Plot, plot, legend } as PlotExports;

  const toSvg = (chart: unknown): string => {
    const element = (isElement(chart) ? chart : plot(chart as Plot.PlotOptions)) as unknown as LightElement;
    if (element.tagName.toLowerCase() === 'svg') {
      element.setAttribute('xmlns', SVG_NS);
      element.setAttribute('style', `${element.getAttribute('style') ?? ''};${IMAGE_STYLE}`);
      return element.outerHTML;
    }
    // A figure (legend, title, caption) is HTML around SVGs: embed it whole in a foreignObject,
    // sized by its charts plus room for each line of HTML.
    for (const svg of Array.from(element.querySelectorAll('svg'))) svg.setAttribute('xmlns', SVG_NS);
    const rows = Array.from(element.children);
    const charts = rows.filter((child) => child.tagName.toLowerCase() === 'svg');
    const htmlRows = rows.length - charts.length;
    const width = Math.max(640, ...charts.map((svg) => Number(svg.getAttribute('width')) || 0));
    const height = charts.reduce((sum, svg) => sum + (Number(svg.getAttribute('height')) || 0), 0) + 40 * Math.max(1, htmlRows);
    element.setAttribute('xmlns', XHTML_NS);
    return `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="${IMAGE_STYLE}"><foreignObject width="100%" height="100%">${element.outerHTML}</foreignObject></svg>`;
  };
  return { module, toSvg };
}
