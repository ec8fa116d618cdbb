import { fileURLToPath } from 'node:url';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes, type PrismTheme } from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import artefactsPlugin from './src/plugins/artefacts';
import apiReferencePlugin from './src/plugins/api-reference';
import dataDictionaryPlugin from './src/plugins/data-dictionary';
import projectAliasPlugin from './src/plugins/project-alias';
import diagramChunksPlugin from './src/plugins/diagram-chunks';
import fontFilesPlugin from './src/plugins/font-files';
import exercisesPlugin from './src/plugins/exercises';
import coursePlanPlugin from './src/plugins/course-plan';
import moduleMapPlugin from './src/plugins/module-map';
import takeItHomePlugin from './src/plugins/take-it-home';
import remarkExerciseEmbeds from './src/plugins/exercises/remark-exercise-embeds';
import remarkFocusableScrollRegions from './src/plugins/remark/focusable-scroll-regions';

// A fork deploys by changing nothing: the Pages workflow passes its own origin and path.
const siteUrl = process.env.SITE_URL || 'http://localhost:3000';
const baseUrl = process.env.BASE_URL || '/';

// Prism's GitHub and Dracula themes, with the token colours that fall below WCAG AA contrast
// (4.5:1 on the code background) darkened or lightened just enough.
const lightCodeColours: Record<string, string> = {
  '#999988': '#6a6a5a',
  '#e3116c': '#c4105d',
  '#36acaa': '#1d7673',
  '#00a4db': '#006f99',
  '#d73a49': '#b31d2c',
};
const darkCodeColours: Record<string, string> = { 'rgb(98, 114, 164)': '#9aa5ce' };

function withColours(theme: PrismTheme, replacements: Record<string, string>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((style) => {
      const colour = style.style.color;
      return colour && replacements[colour] ? { ...style, style: { ...style.style, color: replacements[colour] } } : style;
    }),
  };
}

const config: Config = {
  title: 'End to End',
  tagline: 'Data science from problem to production',
  favicon: 'img/logo.svg',
  url: siteUrl,
  baseUrl,
  // GitHub Pages serves `/learn/product.html` for `/learn/product`: no slash, no redirect.
  trailingSlash: false,
  future: { v4: true, faster: true },

  // `generated/public` holds what the pipeline and the runner build produce for the browser (model, sample, sandbox).
  staticDirectories: ['static', 'generated/public'],

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'learn',
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkMath, remarkFocusableScrollRegions, [remarkExerciseEmbeds, { siteDir: fileURLToPath(new URL('.', import.meta.url)) }]],
          rehypePlugins: [rehypeKatex],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        docsRouteBasePath: 'learn',
        indexBlog: false,
        indexPages: true,
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
      },
    ],
  ],

  plugins: [
    artefactsPlugin,
    dataDictionaryPlugin,
    apiReferencePlugin,
    projectAliasPlugin,
    exercisesPlugin,
    coursePlanPlugin,
    moduleMapPlugin,
    takeItHomePlugin,
    diagramChunksPlugin,
    fontFilesPlugin,
    [
      // The whole built site is precached on the first visit, so the course works with no network.
      '@docusaurus/plugin-pwa',
      {
        swRegister: fileURLToPath(new URL('./src/offline/register.ts', import.meta.url)),
        swCustom: fileURLToPath(new URL('./src/offline/service-worker.js', import.meta.url)),
        injectManifestConfig: {
          // The sandbox page (runtime embedded) and the corpus sample are the largest files; both are needed offline.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // The runner's test harness serves the browser tests and the benchmark, not learners.
          globIgnores: ['runner/harness.*'],
        },
      },
    ],
  ],

  // KaTeX's stylesheet and fonts are bundled from node_modules: nothing comes from a CDN.
  clientModules: ['./src/client/katex.ts'],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'End to End',
      // The title sits next to the logo, so the image itself is decorative.
      logo: { alt: '', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course' },
        { to: '/learn/workshop', label: 'Workshop', position: 'left' },
        { to: '/learn/reference', label: 'Reference', position: 'left' },
        { to: '/try', label: 'Try the filter', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Course',
          items: [
            { label: 'Start here', to: '/learn/intro' },
            { label: 'Capstone', to: '/learn/capstone' },
          ],
        },
        {
          title: 'Teach it',
          items: [{ label: 'Facilitator guide', to: '/learn/workshop' }],
        },
        {
          title: 'Credits',
          items: [
            { label: 'SpamAssassin public corpus', href: 'https://spamassassin.apache.org/old/publiccorpus/' },
            { label: 'Corpus package (stdlib)', href: 'https://github.com/stdlib-js/datasets-spam-assassin' },
            { label: 'The essay behind the course', href: 'https://eugeneyan.com/writing/end-to-end-data-science/' },
          ],
        },
      ],
      copyright: 'End to End. Course text and code under the MIT licence; corpus under PDDL-1.0 and CC0-1.0.',
    },
    docs: { sidebar: { hideable: true } },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    prism: {
      theme: withColours(prismThemes.github, lightCodeColours),
      darkTheme: withColours(prismThemes.dracula, darkCodeColours),
      additionalLanguages: ['bash', 'docker', 'json', 'yaml', 'typescript'],
    },
    mermaid: { theme: { light: 'neutral', dark: 'dark' } },
  } satisfies Preset.ThemeConfig,
};

export default config;
