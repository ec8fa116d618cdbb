import { describe, expect, it } from 'vitest';
import { StageTimer } from './measure';
import { stageProgress, type ProgressOutput } from './stage-progress';

function recorder(isTTY: boolean): ProgressOutput & { text: () => string } {
  const writes: string[] = [];
  return { isTTY, write: (text: string) => writes.push(text), text: () => writes.join('') };
}

async function runStages(output: ProgressOutput) {
  const timer = new StageTimer(stageProgress(output, 3));
  await timer.run('load', () => 1);
  await timer.run('train', async () => 2);
  await expect(timer.run('evaluate', () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
}

describe('stage progress', () => {
  it('writes a line as each stage starts and as it ends or fails, in plain logs', async () => {
    const output = recorder(false);
    await runStages(output);
    expect(output.text().split('\n')).toEqual([
      'pipeline 1/3  load …',
      expect.stringMatching(/^pipeline 1\/3 {2}load: \d+\.\d s$/),
      'pipeline 2/3  train …',
      expect.stringMatching(/^pipeline 2\/3 {2}train: \d+\.\d s$/),
      'pipeline 3/3  evaluate …',
      'pipeline 3/3  evaluate: failed',
      '',
    ]);
  });

  it('on a terminal, redraws each stage line in place with a bar of the stages done', async () => {
    const output = recorder(true);
    await runStages(output);
    const screens = output.text().split('\r\x1b[2K').slice(1);
    expect(screens).toHaveLength(6);
    expect(screens[0]).toMatch(/^pipeline ░{20} 1\/3 {2}load … {3}\(\d+\.\d s\)$/); // stays on its line until the stage ends
    expect(screens[1]).toMatch(/^pipeline █{7}░{13} 1\/3 {2}load: \d+\.\d s {3}\(\d+\.\d s\)\n$/);
    expect(screens[3]).toMatch(/^pipeline █{13}░{7} 2\/3 /);
    expect(screens[5]).toMatch(/evaluate: failed {3}\(\d+\.\d s\)\n$/);
  });

  it('stretches the total when more stages run than expected', async () => {
    const output = recorder(false);
    const timer = new StageTimer(stageProgress(output, 1));
    await timer.run('one', () => 1);
    await timer.run('two', () => 2);
    expect(output.text()).toContain('pipeline 2/2  two …');
  });
});
