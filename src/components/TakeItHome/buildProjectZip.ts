/**
 * Loaded only when the learner asks for their project: fetches the reference project and the
 * model from the site itself, reads their saved progress, and zips the result.
 */
import * as z from 'zod/mini';
import { learnerFilterFrom } from '@site/src/components/FilterDemo/learnerFilter';
import { readAllProgress } from '@site/src/progress/storage';
import { projectFiles, zipProject, type ProjectFiles, type ProjectModel } from '@site/src/take-it-home/project-files';
import { REFERENCE_PROJECT_URL, referenceProjectSchema } from '@site/src/take-it-home/reference-project';

async function fetchText(url: string, what: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`${what} (${url}) could not be loaded. Check your connection to the site and try again.`);
  }
  if (!response.ok) throw new Error(`${what} (${url}) is missing from this copy of the site (HTTP ${response.status}). If you run the course locally, restart it.`);
  return response.text();
}

export interface BuiltProject {
  zip: Uint8Array;
  project: ProjectFiles;
  modelOwner: ProjectModel['owner'];
}

/** The model the learner's capstone run trained, if that run passed every test; else none (the site's model goes in). */
function learnerModel(progress: ReturnType<typeof readAllProgress>['exercises']): ProjectModel | undefined {
  const learner = learnerFilterFrom((id) => progress[id] ?? null);
  return learner?.modelRunPassed ? { text: `${JSON.stringify(learner.model)}\n`, owner: 'learner' } : undefined;
}

/** The learner's project as a zip, with the model their capstone run trained or else the site's reference model. */
export async function buildProjectZip(baseUrl: string): Promise<BuiltProject> {
  const progress = readAllProgress().exercises;
  const model = learnerModel(progress);
  const [referenceText, modelText] = await Promise.all([
    fetchText(`${baseUrl}${REFERENCE_PROJECT_URL}`, 'The reference project'),
    model ? Promise.resolve(model.text) : fetchText(`${baseUrl}data/model.json`, 'The model'),
  ]);
  let json: unknown;
  try {
    json = JSON.parse(referenceText);
  } catch {
    json = undefined;
  }
  const reference = z.safeParse(referenceProjectSchema, json);
  if (!reference.success) throw new Error(`The reference project (${baseUrl}${REFERENCE_PROJECT_URL}) is damaged. If you run the course locally, restart it to rebuild it.`);
  const project = projectFiles({ reference: reference.data, progress, model: model ?? { text: modelText, owner: 'reference' } });
  return { zip: zipProject(project.files), project, modelOwner: model?.owner ?? 'reference' };
}
