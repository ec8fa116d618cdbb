import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

/** Lets pages and components import the reference project as `@project/<module>`, as tests and exercises do. */
export default function projectAliasPlugin(): Plugin {
  return {
    name: 'project-alias',
    configureWebpack() {
      return {
        resolve: { alias: { '@project': fileURLToPath(new URL('../../project/src', import.meta.url)) } },
      };
    },
  };
}
