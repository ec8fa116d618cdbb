/**
 * Fetches the data files an exercise needs from the site itself (`/data/<name>.json`, written
 * by the pipeline), once per page. A missing file gets a message that says how to produce it.
 */
const cache = new Map<string, Promise<unknown>>();

export class MissingDatasetError extends Error {}

function fetchDataset(baseUrl: string, name: string): Promise<unknown> {
  const url = `${baseUrl}data/${name}.json`;
  return fetch(url).then(
    async (response) => {
      if (!response.ok) {
        throw new MissingDatasetError(
          `This exercise needs the data file "${name}" (${url}), which this copy of the site does not have (HTTP ${response.status}). ` +
            'If you run the course locally: run `npm run pipeline`, then restart the site.',
        );
      }
      try {
        return await response.json();
      } catch {
        throw new MissingDatasetError(`The data file "${name}" (${url}) is not valid JSON. Run \`npm run pipeline\` again to rebuild it.`);
      }
    },
    () => {
      throw new MissingDatasetError(`The data file "${name}" (${url}) could not be loaded. Check your connection to the site and try again.`);
    },
  );
}

export async function loadDatasets(baseUrl: string, names: string[]): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    names.map(async (name) => {
      const key = `${baseUrl}|${name}`;
      let pending = cache.get(key);
      if (!pending) {
        pending = fetchDataset(baseUrl, name);
        // A failure is not cached: the learner may fix it and press Run again.
        pending.catch(() => cache.delete(key));
        cache.set(key, pending);
      }
      return [name, await pending] as const;
    }),
  );
  return Object.fromEntries(entries);
}
