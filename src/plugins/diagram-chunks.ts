import type { Plugin } from '@docusaurus/types';

/**
 * Mermaid loads lazily, but its diagram types are many small async chunks sharing one parser
 * and d3: counted together they cross the "used by half the pages" bar of Docusaurus's `common`
 * chunk, and every page would download them. A group of their own keeps them on pages with a
 * diagram.
 */
export default function diagramChunksPlugin(): Plugin {
  return {
    name: 'diagram-chunks',
    configureWebpack() {
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              diagrams: {
                test: /[\\/]node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain|@chevrotain|vscode-[a-z-]+|d3[a-z-]*|dagre-d3-es|cytoscape[a-z-]*|khroma|lodash-es|roughjs|marked|dompurify|stylis)[\\/]/,
                chunks: 'async',
                priority: 45,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}
