/**
 * Peeking, measured: SIMULATED A/A tests (both arms have the same true rate, so every
 * "significant" result is a false positive), looked at 1 to 20 times, stopped at the first
 * p < 0.05. Your simulation, your chart.
 */
import { describe, expect, it } from 'vitest';
import { showPlot, showTable } from 'course:display';
import { peekingFalsePositiveRate } from './peeking';
import { peekingChart } from './peeking-chart';

const options = { experiments: 1000, usersPerPeek: 50, rate: 0.1, seed: 1 };
const LOOKS = [1, 2, 5, 10, 20];
const points = LOOKS.map((peeks) => ({ peeks, ...peekingFalsePositiveRate({ ...options, peeks }) }));
const at = (peeks: number) => points.find((point) => point.peeks === peeks)!;

/** What each mark of a chart draws, channel by channel, as Plot computes it before drawing (no page needed). */
function drawn(chart: { marks?: unknown[] }): Record<string, unknown[]>[] {
  return (chart.marks ?? [])
    .filter((mark): mark is { initialize(): { channels: Record<string, { value: ArrayLike<unknown> }> } } => typeof (mark as { initialize?: unknown })?.initialize === 'function')
    .map((mark) => Object.fromEntries(Object.entries(mark.initialize().channels).map(([name, channel]) => [name, Array.from(channel.value)])));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('peeking at simulated A/A tests', () => {
  it('keeps its promise with a single look: about 5% false positives', () => {
    showTable(points.map(({ peeks, falsePositives, experiments, falsePositiveRate }) => ({ looks: peeks, 'false positives': `${falsePositives} of ${experiments}`, rate: `${(falsePositiveRate * 100).toFixed(1)}%` })), 'Your simulation (1,000 A/A tests per row)');
    const one = at(1);
    expect(one.falsePositiveRate, `one look: ${one.falsePositives} of ${one.experiments} A/A tests came out "significant"`).toBeGreaterThan(0.03);
    expect(one.falsePositiveRate, `one look: ${one.falsePositives} of ${one.experiments}`).toBeLessThan(0.075);
  });

  it('inflates the false-positive rate with every extra look', () => {
    for (let i = 1; i < points.length; i++) {
      expect(points[i].falsePositiveRate, `${points[i].peeks} looks against ${points[i - 1].peeks}`).toBeGreaterThan(points[i - 1].falsePositiveRate);
    }
    const ten = at(10);
    expect(ten.falsePositiveRate, `ten looks at the data so far: ${ten.falsePositives} of ${ten.experiments} (far above 5%, yet each look only sees all the data so far)`).toBeGreaterThan(0.13);
    expect(ten.falsePositiveRate, `ten looks: ${ten.falsePositives} of ${ten.experiments}; near 40% means each look tested only its newest users`).toBeLessThan(0.28);
  });

  it('counts experiments, each at most once', () => {
    for (const point of points) {
      expect(point.experiments, `${point.peeks} looks`).toBe(options.experiments);
      expect(point.falsePositives, `${point.peeks} looks: false positives cannot outnumber experiments`).toBeLessThanOrEqual(point.experiments);
      expect(point.falsePositiveRate, `${point.peeks} looks`).toBe(point.falsePositives / point.experiments);
    }
  });

  it('counts each experiment once when the rule fires at every look', () => {
    // alpha above 1: every look is "significant", so every experiment stops at its first look.
    const always = peekingFalsePositiveRate({ ...options, peeks: 5, alpha: 1.01 });
    expect(always.falsePositives, 'a rule that always fires: one false positive per experiment, no more, no fewer').toBe(options.experiments);
  });

  it('stops only when p is strictly below alpha', () => {
    // Identical arms give p = 1, which is not below alpha = 1.
    const strict = peekingFalsePositiveRate({ ...options, peeks: 1, alpha: 1 });
    expect(strict.falsePositives, 'at alpha = 1, looks whose arms came out identical (p = 1) must not count').toBeLessThan(options.experiments);
  });

  it('uses the alpha it is given', () => {
    const strict = peekingFalsePositiveRate({ ...options, peeks: 1, alpha: 0.01 });
    expect(strict.falsePositiveRate, `alpha 0.01, one look: ${strict.falsePositives} of ${strict.experiments}`).toBeLessThan(0.025);
  });

  it('is seeded: the same options give the same result, another seed another', () => {
    const again = peekingFalsePositiveRate({ ...options, peeks: 5 });
    expect({ peeks: 5, ...again }, 'a second run with seed 1').toEqual(at(5));
    const other = [2, 3, 4].map((seed) => peekingFalsePositiveRate({ ...options, peeks: 5, seed }).falsePositives);
    expect(other.some((count) => count !== at(5).falsePositives), `seeds 1 to 4 gave ${[at(5).falsePositives, ...other].join(', ')}`).toBe(true);
  });

  it('draws your chart: the false-positive rate against the number of looks, and alpha', () => {
    const chart = peekingChart(points, 0.05);
    showPlot(chart, 'False positives of "stop when p < 0.05", by number of looks: your simulation');
    const marks = drawn(chart);
    expect(marks.some((mark) => same(mark.x, LOOKS) && same(mark.y, points.map((point) => point.falsePositiveRate))), 'a mark with x = peeks and y = falsePositiveRate (Plot.lineY)').toBe(true);
    expect(marks.some((mark) => same(mark.y, [0.05]) && mark.x === undefined), 'a horizontal line at alpha (Plot.ruleY([alpha]))').toBe(true);
  });
});
