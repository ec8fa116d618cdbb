import type { Plugin } from '@docusaurus/types';

interface UrlLoaderRule {
  test?: unknown;
  use?: { loader?: string; options?: { limit?: number | boolean } }[];
}

/**
 * Docusaurus inlines any font under 10 KB into the stylesheet as base64. KaTeX's stylesheet
 * names each of its fonts in three formats, so about 120 KB of fonts that a page draws no formula
 * with went into the render-blocking CSS of every page. As files, a browser fetches only the one
 * format it reads, and only for the glyphs a page shows.
 */
export default function fontFilesPlugin(): Plugin {
  return {
    name: 'font-files',
    configureWebpack(config) {
      const rules = (config.module?.rules ?? []) as UrlLoaderRule[];
      const fontRule = rules.find((rule) => rule.test instanceof RegExp && rule.test.test('katex.woff2'));
      const urlLoader = fontRule?.use?.find((use) => use.loader?.includes('url-loader'));
      if (!urlLoader?.options) throw new Error('font-files: Docusaurus no longer loads fonts with url-loader; check whether fonts are still inlined into the CSS');
      urlLoader.options.limit = false;
      return {};
    },
  };
}
