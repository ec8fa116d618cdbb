/**
 * Fetches what a run needs from the site itself, once per page: the data files an exercise
 * reads (`/data/<name>.json`, written by the pipeline) and the project sources its code can
 * import (`/runner/sources/<id>.json`, written by `npm run build:sandbox`). A missing file gets
 * a message that says how to produce it.
 */
import * as z from 'zod/mini';

const cache = new Map<string, Promise<unknown>>();

export class MissingRunDataError extends Error {}

function fetchJson(url: string, what: string, rebuild: string): Promise<unknown> {
  return fetch(url).then(
    async (response) => {
      if (!response.ok) {
        throw new MissingRunDataError(
          `This exercise needs ${what} (${url}), which this copy of the site does not have (HTTP ${response.status}). ` +
            `If you run the course locally: run \`${rebuild}\`, then restart the site.`,
        );
      }
      try {
        return await response.json();
      } catch {
        throw new MissingRunDataError(`${what} (${url}) is not valid JSON. Run \`${rebuild}\` again to rebuild it.`);
      }
    },
    () => {
      throw new MissingRunDataError(`${what} (${url}) could not be loaded. Check your connection to the site and try again.`);
    },
  );
}

function once(url: string, load: () => Promise<unknown>): Promise<unknown> {
  let pending = cache.get(url);
  if (!pending) {
    pending = load();
    // A failure is not cached: the learner may fix it and press Run again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

export async function loadDatasets(baseUrl: string, names: string[]): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    names.map(async (name) => {
      const url = `${baseUrl}data/${name}.json`;
      return [name, await once(url, () => fetchJson(url, `the data file "${name}"`, 'npm run pipeline'))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const projectSourcesSchema = z.record(z.string(), z.string());

/** `RunRequest.projectSources` for exercise `id`. */
export async function loadProjectSources(baseUrl: string, id: string): Promise<Record<string, string>> {
  const url = `${baseUrl}runner/sources/${id}.json`;
  const json = await once(url, () => fetchJson(url, 'the project modules it imports', 'npm run build:sandbox'));
  const parsed = z.safeParse(projectSourcesSchema, json);
  if (!parsed.success) throw new MissingRunDataError(`The project modules of this exercise (${url}) are damaged. Run \`npm run build:sandbox\` again to rebuild them.`);
  return parsed.data;
}
