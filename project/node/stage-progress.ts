import type { StageTiming } from '../src/artefacts';
import type { StageListener } from './measure';

/** Where progress goes: a stream, and whether it is a terminal (which can redraw a line). */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR_WIDTH = 20;

/**
 * Progress of a run of `expectedStages` stages, so that whoever waits (a newcomer's first
 * `npm start` spends half a minute here) sees it working. Each stage gets a line as it starts
 * and one as it ends; on a terminal the end replaces the start in place and both carry a bar
 * of the stages done. Elsewhere (CI logs, pipes) they are plain lines.
 */
export function stageProgress(output: ProgressOutput, expectedStages: number, name = 'pipeline'): StageListener {
  let current = 0;
  let done = 0;
  const started = performance.now();
  // More stages than expected (one was added) stretch the total rather than overflow the bar.
  const position = () => `${String(current).padStart(String(expectedStages).length)}/${Math.max(expectedStages, current)}`;
  const bar = () => {
    const filled = Math.round((BAR_WIDTH * done) / Math.max(expectedStages, current));
    return `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  };
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const line = (text: string, final: boolean) => {
    if (output.isTTY) output.write(`\r\x1b[2K${name} ${bar()} ${position()}  ${text}   (${elapsed()})${final ? '\n' : ''}`);
    else output.write(`${name} ${position()}  ${text}\n`);
  };
  return {
    started(stage: string) {
      current++;
      line(`${stage} …`, false);
    },
    ended({ stage, ms }: StageTiming) {
      done++;
      line(`${stage}: ${(ms / 1000).toFixed(1)} s`, true);
    },
    failed(stage: string) {
      line(`${stage}: failed`, true);
    },
  };
}
