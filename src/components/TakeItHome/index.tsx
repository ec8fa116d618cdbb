import { useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { BuiltProject } from './buildProjectZip';
import styles from './styles.module.css';

const FILE_NAME = 'spam-filter.zip';

type State = { phase: 'idle' } | { phase: 'building' } | { phase: 'done'; built: BuiltProject } | { phase: 'failed'; message: string };

function save(zip: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: FILE_NAME });
  link.click();
  // The browser has the file once the click is handled; the URL only holds memory after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function Summary({ built: { zip, project, modelOwner } }: { built: BuiltProject }) {
  const kb = Math.max(1, Math.round(zip.length / 1024));
  return (
    <>
      <p>
        Saved <code>{FILE_NAME}</code> ({kb} KB).{' '}
        {project.learnerModules.length > 0
          ? `Your own code in it: ${project.learnerModules.length === 1 ? 'one module' : `${project.learnerModules.length} modules`}, listed below and in its README; the rest is the course's reference.`
          : "You have not passed an exercise that writes one of its modules yet, so every module is the course's reference."}{' '}
        {modelOwner === 'learner' ? 'Its model is the one your capstone run trained.' : "Its model is the course's, trained on the full corpus."}{' '}
        Unzip it, then run <code>npm install &amp;&amp; npm start</code> in its folder.
      </p>
      {project.learnerModules.length > 0 && (
        <ul className={styles.modules}>
          {project.learnerModules.map((path) => (
            <li key={path}>
              <code>{path}</code>
            </li>
          ))}
        </ul>
      )}
      {project.setAside.length > 0 && (
        <>
          <p>These modules of yours could not go in, so the reference stands in for them (the README says so too):</p>
          <ul className={styles.modules}>
            {project.setAside.map((module) => (
              <li key={module.path}>
                <code>{module.path}</code>: {module.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * `<TakeItHome />`: downloads the learner's project as a zip that installs, tests and serves on
 * their machine: their code for every exercise they passed, the reference for the rest. Built in
 * the browser from files of this site, so it works offline.
 */
export default function TakeItHome() {
  const baseUrl = useBaseUrl('/');
  const [state, setState] = useState<State>({ phase: 'idle' });

  const download = async () => {
    setState({ phase: 'building' });
    try {
      // The zip library, the parser and the project's sources load only now, not with the page.
      const { buildProjectZip } = await import('./buildProjectZip');
      const built = await buildProjectZip(baseUrl);
      save(built.zip);
      setState({ phase: 'done', built });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className={styles.takeItHome}>
      <button type="button" className="button button--primary" onClick={() => void download()} disabled={state.phase === 'building'} aria-busy={state.phase === 'building'}>
        {state.phase === 'building' ? 'Building your project…' : 'Download your project (.zip)'}
      </button>
      <div role="status" className={styles.status}>
        {state.phase === 'done' && <Summary built={state.built} />}
      </div>
      {state.phase === 'failed' && (
        <p role="alert" className={styles.error}>
          Your project could not be built: {state.message}
        </p>
      )}
    </div>
  );
}
