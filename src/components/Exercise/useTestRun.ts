import { useCallback, useEffect, useRef, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { RunEvent, RunOutcome, RunRequest, Runner } from '@site/src/runner';
import { acquireRunner, releaseRunner } from './sharedRunner';

export type TestEvent = Extract<RunEvent, { type: 'test' }>;
export type ConsoleEvent = Extract<RunEvent, { type: 'console' }>;
export type DisplayEvent = Extract<RunEvent, { type: 'display' }>;

/** How a run ended, and the values its code saved with `saveOutput`, by name. */
export interface RunResult {
  outcome: RunOutcome;
  outputs: Record<string, unknown>;
}

export interface TestRunState {
  phase: 'idle' | 'running' | 'done';
  tests: TestEvent[];
  console: ConsoleEvent[];
  displays: DisplayEvent[];
  outcome: RunOutcome | null;
  /** The run could not even start (e.g. a data file is missing). */
  setupError: string | null;
}

const IDLE: TestRunState = { phase: 'idle', tests: [], console: [], displays: [], outcome: null, setupError: null };

/**
 * Runs an exercise's tests in the page's sandboxed runner and collects what it reports as it
 * happens.
 */
export function useTestRun() {
  const sandboxUrl = useBaseUrl('/runner/sandbox.html');
  const runner = useRef<Runner | null>(null);
  const [state, setState] = useState<TestRunState>(IDLE);

  useEffect(() => {
    const acquired = acquireRunner(sandboxUrl);
    runner.current = acquired;
    return () => {
      runner.current = null;
      releaseRunner(acquired);
    };
  }, [sandboxUrl]);

  const run = useCallback(async (prepare: () => Promise<RunRequest>): Promise<RunResult | null> => {
    setState({ ...IDLE, phase: 'running' });
    let request: RunRequest;
    try {
      request = await prepare();
    } catch (error) {
      setState({ ...IDLE, phase: 'done', setupError: (error as Error).message });
      return null;
    }
    const outputs: Record<string, unknown> = {};
    const outcome = await runner.current!.run(request, (event) => {
      if (event.type === 'output') {
        outputs[event.name] = event.value;
        return;
      }
      setState((current) => {
        if (event.type === 'test') return { ...current, tests: [...current.tests, event] };
        if (event.type === 'console') return { ...current, console: [...current.console, event] };
        return { ...current, displays: [...current.displays, event] };
      });
    });
    setState((current) => ({ ...current, phase: 'done', outcome }));
    return { outcome, outputs };
  }, []);

  return { state, run };
}
