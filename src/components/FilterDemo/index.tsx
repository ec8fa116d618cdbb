import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { SpamFilterError, type Classification, type SpamFilter } from '@project/spam-filter';
import { loadProjectSources } from '@site/src/components/Exercise/loadRunData';
import { acquireRunner, releaseRunner } from '@site/src/components/Exercise/sharedRunner';
import { readExerciseProgress } from '@site/src/progress/storage';
import type { Runner } from '@site/src/runner';
import { demoExamples, demoModel, loadFilter } from './demo-data';
import { classifyRequest, learnerFilterFrom, readAnswer, SPAM_FILTER_EXERCISE, type LearnerFilter } from './learnerFilter';
import Verdict from './Verdict';
import styles from './styles.module.css';

/** Who answered: the course's filter, or the learner's (their class and the model their capstone run trained). */
type AnsweredBy = 'course' | 'learner';
type Outcome =
  | { kind: 'result'; result: Classification; latencyMs: number; answeredBy: AnsweredBy; fallback?: string }
  | { kind: 'error'; message: string; answeredBy: AnsweredBy; fallback?: string };

/** Long enough for a first run that warms the sandbox up, short enough for a stuck loop. */
const LEARNER_RUN_TIMEOUT_MS = 4000;

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
  const sandboxUrl = useBaseUrl('/runner/sandbox.html');
  const baseUrl = useBaseUrl('/');
  const toggleId = useId();
  // The learner's filter, read from their saved progress once the page is in the browser.
  const [learner, setLearner] = useState<LearnerFilter | null>(null);
  const [useMine, setUseMine] = useState(false);
  const [running, setRunning] = useState(false);
  const runner = useRef<Runner | null>(null);

  useEffect(() => {
    loadFilter(modelUrl).then(setFilter, (error: unknown) => setLoadError(String(error)));
  }, [modelUrl]);

  useEffect(() => {
    const found = learnerFilterFrom((id) => readExerciseProgress(id).value);
    setLearner(found);
    if (!found) return;
    // Their code runs only in the sandbox; it starts loading now so the first answer is quick.
    const acquired = acquireRunner(sandboxUrl);
    runner.current = acquired;
    return () => {
      runner.current = null;
      releaseRunner(acquired);
    };
  }, [sandboxUrl]);

  function classifyWithCourseFilter(message: string, fallback?: string): Outcome | null {
    if (!filter) return null;
    try {
      const started = performance.now();
      const result = filter.classify(message);
      return { kind: 'result', result, latencyMs: performance.now() - started, answeredBy: 'course', fallback };
    } catch (error) {
      // The filter's own errors explain themselves; anything else is a bug worth showing as is.
      return { kind: 'error', message: error instanceof SpamFilterError ? error.message : String(error), answeredBy: 'course', fallback };
    }
  }

  async function classifyWithLearnerFilter(mine: LearnerFilter, message: string): Promise<Outcome | null> {
    let failure: string | undefined;
    let answer;
    try {
      const request = classifyRequest(mine, message, await loadProjectSources(baseUrl, SPAM_FILTER_EXERCISE), LEARNER_RUN_TIMEOUT_MS);
      const outputs: Record<string, unknown> = {};
      const result = await runner.current!.run(request, (event) => {
        if (event.type === 'output') outputs[event.name] = event.value;
        if (event.type === 'test' && event.failure) failure = event.failure.message;
      });
      answer = readAnswer({ outcome: result, outputs }, failure);
    } catch (error) {
      answer = { kind: 'failed' as const, message: (error as Error).message };
    }
    if (answer.kind === 'result') {
      const { latencyMs, ...result } = answer.result;
      return { kind: 'result', result, latencyMs, answeredBy: 'learner' };
    }
    if (answer.kind === 'refusal') return { kind: 'error', message: answer.message, answeredBy: 'learner' };
    return classifyWithCourseFilter(message, `Your filter could not answer: ${answer.message}. The course's filter answered instead.`);
  }

  async function classify(message: string) {
    if (!filter || running) return;
    if (!(useMine && learner)) {
      setOutcome(classifyWithCourseFilter(message));
      return;
    }
    setRunning(true);
    setOutcome(await classifyWithLearnerFilter(learner, message));
    setRunning(false);
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
                void classify(example.raw);
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
        {learner && (
          <div className={styles.mine}>
            <input id={toggleId} type="checkbox" checked={useMine} onChange={(event) => setUseMine(event.target.checked)} />
            <label htmlFor={toggleId}>Use my filter</label>
            <p className={styles.model}>
              {learner.spamFilterCode === null ? 'The course\'s SpamFilter class (you have not saved your spam-filter.ts yet)' : 'Your SpamFilter class (your saved spam-filter.ts)'}{' '}
              with the model your capstone run trained in this browser, <code>{learner.model.modelVersion}</code> ({learner.model.kind.replace('-', ' ')},
              on the {learner.model.createdFrom.corpus}{learner.modelRunPassed ? '' : '; that run did not pass all its tests'}). Your code runs in the course's sandbox.
            </p>
          </div>
        )}
        <button type="button" className="button button--primary" disabled={!filter || running} onClick={() => void classify(raw)}>
          {running ? 'Classifying…' : 'Classify'}
        </button>
        <p className={styles.model}>
          {useMine && learner ? 'Unticked, the course\'s filter answers: model' : 'Model'} <code>{model.modelVersion}</code> ({model.kind.replace('-', ' ')}), trained by the project's pipeline.
          Nothing you paste leaves this page.
        </p>
      </div>
      <div className={styles.output}>
        {outcome?.fallback && (
          <p className={styles.error} role="alert">
            {outcome.fallback}
          </p>
        )}
        {outcome && (
          <p className={styles.answeredBy} data-testid="answered-by">
            {outcome.answeredBy === 'learner' ? 'Answered by your filter.' : 'Answered by the course\'s filter.'}
          </p>
        )}
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
