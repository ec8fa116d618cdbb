// Mutation testing of the exercises. `npm run mutation` (scripts/mutation.mts) adds what each
// exercise needs: the lines of its answer to mutate, and its tests (EXERCISE_ONLY).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'exercises/vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  reporters: ['json'],
  // Names no file on purpose: Stryker rewrites tsconfig files with TypeScript's JS API, which
  // TypeScript 7 no longer ships, and the sandbox needs no rewrite (no tsconfig points outside it).
  tsconfigFile: 'tsconfig.stryker-does-not-rewrite.json',
  tempDirName: 'generated/mutation/.sandbox',
  cleanTempDir: 'always',
  // The sandbox needs the exercises, the project, the exercise format and the browser datasets.
  ignorePatterns: ['/build', '/.docusaurus', '/docs', '/static', '/tests', '/.git', '/generated/*', '!/generated/public', '/generated/public/*', '!/generated/public/data'],
  logLevel: 'warn',
  fileLogLevel: 'off',
  allowConsoleColors: false,
};
