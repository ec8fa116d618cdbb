/**
 * The one piece of Node's `Buffer` that dockerfile-ast uses (`Buffer.from(text, 'UTF-8')`, to
 * look for a byte-order mark), for its library bundle: browsers have no `Buffer`. esbuild
 * injects it into that bundle only, so learner code never sees a `Buffer` global.
 */
export const Buffer = {
  from(text: string): Uint8Array {
    return new TextEncoder().encode(text);
  },
};
