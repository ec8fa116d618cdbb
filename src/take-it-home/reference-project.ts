/**
 * The file the site serves for "Take it home" (written when the site builds, fetched only when
 * the learner asks for their project): the reference files a standalone copy of the spam filter
 * can be made of. Validated when read, like every file that crosses a boundary.
 */
import * as z from 'zod/mini';

/** Where the site serves it, from its base URL. */
export const REFERENCE_PROJECT_URL = 'take-it-home/reference-project.json';

const repositoryPath = z.string().check(z.regex(/^project\/[\w./-]+\.ts$/));

export const referenceProjectSchema = z.object({
  /**
   * Reference sources by repository path (`project/src/parse.ts`): every module of `project/src`,
   * so a learner's module may import any of them, and the Node files and tests the standalone
   * project runs. Only what the entry points reach goes into a download.
   */
  files: z.record(repositoryPath, z.string()),
  /** What the standalone project runs: the service's entry point and the tests that check it. */
  entryPoints: z.array(repositoryPath).check(z.minLength(1)),
  /** For each module an exercise teaches: the exercise and the file of its that holds the learner's version. */
  provides: z.record(repositoryPath, z.object({ exercise: z.string(), file: z.string() })),
  /** The version range of every npm package the files may import, from the repository's package.json. */
  packageVersions: z.record(z.string(), z.string()),
});

export type ReferenceProject = z.infer<typeof referenceProjectSchema>;
