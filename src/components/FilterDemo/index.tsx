import { useEffect, useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { SpamFilterError, type Classification, type SpamFilter } from '@project/spam-filter';
import { demoExamples, demoModel, loadFilter } from './demo-data';
import Verdict from './Verdict';
import styles from './styles.module.css';

type Outcome = { kind: 'result'; result: Classification; latencyMs: number } | { kind: 'error'; message: string };

/**
 * Paste a raw email or pick a real one; the trained model classifies it right here, offline.
 * The whole form is on the page from the first paint and only waits for the model to be enabled,
 * so nothing moves when the model arrives.
 */
export default function FilterDemo(): ReactNode {
  const modelUrl = useBaseUrl('/data/model.json');
  const [filter, setFilter] = useState<SpamFilter | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [raw, setRaw] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    loadFilter(modelUrl).then(setFilter, (error: unknown) => setLoadError(String(error)));
  }, [modelUrl]);

  function classify(message: string) {
    if (!filter) return;
    try {
      const started = performance.now();
      const result = filter.classify(message);
      setOutcome({ kind: 'result', result, latencyMs: performance.now() - started });
    } catch (error) {
      // The filter's own errors explain themselves; anything else is a bug worth showing as is.
      setOutcome({ kind: 'error', message: error instanceof SpamFilterError ? error.message : String(error) });
    }
  }

  const model = filter ?? demoModel;
  return (
    <div className={styles.demo}>
      <div className={styles.input}>
        <fieldset className={styles.examples}>
          <legend>Real messages from the test period</legend>
          {demoExamples.map((example) => (
            <button
              key={example.id}
              type="button"
              className="button button--sm button--outline button--secondary"
              disabled={!filter}
              onClick={() => {
                setRaw(example.raw);
                classify(example.raw);
              }}>
              <span className={example.label === 'spam' ? styles.tagSpam : styles.tagHam}>{example.label}</span>
              {example.subject}
            </button>
          ))}
        </fieldset>
        <label className={styles.label} htmlFor="raw-email">
          Raw email, headers included
        </label>
        <textarea
          id="raw-email"
          className={styles.textarea}
          value={raw}
          spellCheck={false}
          onChange={(event) => setRaw(event.target.value)}
          placeholder={'From: someone@example.com\nSubject: …\n\nThe body of the message.'}
        />
        <button type="button" className="button button--primary" disabled={!filter} onClick={() => classify(raw)}>
          Classify
        </button>
        <p className={styles.model}>
          Model <code>{model.modelVersion}</code> ({model.kind.replace('-', ' ')}), trained by the project's pipeline.
          Nothing you paste leaves this page.
        </p>
      </div>
      <div className={styles.output}>
        {outcome?.kind === 'result' && <Verdict result={outcome.result} latencyMs={outcome.latencyMs} />}
        {outcome?.kind === 'error' && (
          <p className={styles.error} role="alert">
            {outcome.message}
          </p>
        )}
        {loadError && (
          <p className={styles.error} role="alert">
            The model could not be loaded: {loadError}
          </p>
        )}
        {!outcome && !loadError && (
          <p className={styles.placeholder} aria-busy={!filter}>
            {filter ? 'Pick an example or paste a message, then classify it.' : 'Loading the model…'}
          </p>
        )}
      </div>
    </div>
  );
}
