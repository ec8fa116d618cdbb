import type { SandpackTheme } from '@codesandbox/sandpack-react';

// The site's fonts (system stacks, nothing downloaded) and its code-block palettes: GitHub in
// light mode (with the site's darkened red), Dracula in dark, each checked for AA contrast.
const font: SandpackTheme['font'] = {
  body: 'var(--ifm-font-family-base)',
  mono: 'var(--ifm-font-family-monospace)',
  size: '14px',
  lineHeight: '1.6',
};

export const lightTheme: SandpackTheme = {
  colors: {
    surface1: '#f6f8fa',
    surface2: '#d0d7de',
    surface3: '#e8ecef',
    disabled: '#57606a',
    base: '#24292f',
    clickable: '#57606a',
    hover: '#0f766e',
    accent: '#0f766e',
    error: '#b31d2c',
    errorSurface: '#ffebe9',
  },
  syntax: {
    plain: '#24292f',
    comment: { color: '#57606a', fontStyle: 'italic' },
    keyword: '#b31d2c',
    definition: '#6639ba',
    punctuation: '#24292f',
    property: '#0550ae',
    tag: '#116329',
    static: '#0550ae',
    string: '#0a3069',
  },
  font,
};

export const darkTheme: SandpackTheme = {
  colors: {
    surface1: '#1b2226',
    surface2: '#33414a',
    surface3: '#25303a',
    disabled: '#a3b1bb',
    base: '#f8f8f2',
    clickable: '#a3b1bb',
    hover: '#2dd4bf',
    accent: '#2dd4bf',
    error: '#ff9492',
    errorSurface: '#3d1d1f',
  },
  syntax: {
    plain: '#f8f8f2',
    comment: { color: '#a0aed0', fontStyle: 'italic' },
    keyword: '#ff79c6',
    definition: '#50fa7b',
    punctuation: '#f8f8f2',
    property: '#8be9fd',
    tag: '#ff79c6',
    static: '#bd93f9',
    string: '#f1fa8c',
  },
  font,
};
