import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@project': fileURLToPath(new URL('./project/src', import.meta.url)),
      '@site': fileURLToPath(new URL('.', import.meta.url)),
    },
  },
  test: {
    include: ['project/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'exercises/**/*.check.test.ts'],
    exclude: ['node_modules', 'build', '.docusaurus', 'generated'],
    testTimeout: 20_000,
    // The exercise runner's tests run tests on @vitest/runner inside a vitest test: they need an
    // instance of their own, not the one vitest itself is running on.
    // The workflow parser imports its JSON schema without an import attribute, which Node refuses
    // and Vite allows: it is inlined too.
    server: { deps: { inline: ['@vitest/runner', '@actions/workflow-parser'] } },
  },
});
