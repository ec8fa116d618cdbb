/**
 * Exercise files that are not code (a Dockerfile, a workflow's YAML, a text fixture) are imported
 * as text: the module's default export is the file's content. The browser runner, the Node
 * config of the exercises and the type check all apply this one rule, so an exercise can add
 * such a file without a change to any of them.
 */
const CODE_OR_JSON = /\.(tsx?|jsx?|mjs|cjs|json)$/;

/** Whatever is not TypeScript, JavaScript or JSON is text. */
export function isTextFile(path: string): boolean {
  return !CODE_OR_JSON.test(path);
}
