import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../src/dates';
import { toyModelFile } from '../src/fixtures/toy-model';
import { htmlToText } from '../src/html-to-text';
import { requirements } from '../src/requirements';
import { silentLogger, SpamFilter } from '../src/spam-filter';
import { HOSTILE_MESSAGES } from './hostile-messages';

/*
 * Hostile input must cost time in proportion to its size. A regular expression that backtracks
 * over uncapped input turns an 80 KB header into seconds of work, and the service answers
 * nobody meanwhile. Each case is timed at sizes growing 4× a step, up to the message limit:
 * linear work takes about 4× as long per step, quadratic work 16×. Only that ratio is bounded,
 * never a time, so the test holds on a slow machine as on a fast one.
 */
const SIZES = [2_000, 8_000, 32_000, 128_000, 512_000];
const MAX_GROWTH = 10;
// Time is the process' CPU time, which other processes on the machine hardly inflate. Each
// sample runs long enough for the clock, the fastest of a few is kept, and a step over the
// bound is measured again: noise (a garbage collection) only ever adds time.
const SAMPLE_MS = 2;
const SAMPLES = 3;
const ATTEMPTS = 3;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

function timePerCall(run: () => unknown): number {
  run(); // warm-up: compile and allocate before timing
  let calls = 1;
  let best = Infinity;
  for (let sample = 0; sample < SAMPLES; sample++) {
    let elapsed: number;
    for (;;) {
      const started = cpuMs();
      for (let i = 0; i < calls; i++) run();
      elapsed = cpuMs() - started;
      if (elapsed >= SAMPLE_MS || calls >= 1_000) break;
      calls *= 2;
    }
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

interface Step {
  size: number;
  /** Time at `size` over time at `size / 4`. */
  ratio: number;
}

/** How much longer each 4× step takes; stops after the first step over the bound (the next would take minutes). */
function growth(run: (input: string) => unknown, make: (size: number) => string): Step[] {
  const steps: Step[] = [];
  for (const size of SIZES.slice(1)) {
    const small = make(size / 4);
    const large = make(size);
    let ratio = Infinity;
    for (let attempt = 0; attempt < ATTEMPTS && ratio > MAX_GROWTH; attempt++) {
      ratio = Math.min(ratio, timePerCall(() => run(large)) / timePerCall(() => run(small)));
    }
    steps.push({ size, ratio });
    if (ratio > MAX_GROWTH) break;
  }
  return steps;
}

function expectLinear(steps: Step[]): void {
  const report = steps.map(({ size, ratio }) => `${size / 4} → ${size} chars: ${ratio.toFixed(1)}×`).join(', ');
  expect(steps.filter((step) => step.ratio > MAX_GROWTH), report).toEqual([]);
}

describe('classification takes time linear in the message, for the worst messages we can build', () => {
  const filter = SpamFilter.fromModelFile(toyModelFile(), { logger: silentLogger });

  it('every case is an email the filter accepts, at every size up to the limit', () => {
    for (const [name, make] of Object.entries(HOSTILE_MESSAGES)) {
      expect(make(SIZES.at(-1)!).length, name).toBeLessThanOrEqual(requirements.maxMessageBytes);
      expect(() => filter.classify(make(SIZES[0])), name).not.toThrow();
    }
  });

  for (const [name, make] of Object.entries(HOSTILE_MESSAGES)) {
    it(name, () => {
      expectLinear(growth((raw) => filter.classify(raw), make));
    });
  }
});

describe("the pipeline's parsers take linear time too", () => {
  const repeat = (unit: string) => (size: number) => unit.repeat(size / unit.length);
  const cases: [string, (input: string) => unknown, (size: number) => string][] = [
    ['htmlToText: of <', htmlToText, repeat('<')],
    ['htmlToText: unclosed comments', htmlToText, (size) => `${repeat('<!--')(size)} >`],
    ['htmlToText: unclosed scripts', htmlToText, (size) => `${repeat('<script')(size)}</style>`],
    ['parseMailDate: one word', parseMailDate, repeat('Mon')],
  ];
  for (const [name, run, make] of cases) {
    it(name, () => {
      expectLinear(growth(run, make));
    });
  }
});
