/**
 * The write-up's table and charts on the project's results: the time split's test set, scored
 * once by each model at the threshold it chose on the training period.
 */
import { describe, expect, it } from 'vitest';
import results from 'dataset:results';
import { showPlot, showTable } from 'course:display';
import { groupRows } from '@project/model-card';
import { aucChart, caughtChart, caughtRows, mistakesChart } from './charts';
import { resultsTable } from './results-table';

const models = Object.values(results.models);

/** What each mark of a chart draws, channel by channel, as Plot computes it before drawing (no page needed). */
function drawn(chart: { marks?: unknown[] }): Record<string, unknown[]>[] {
  return (chart.marks ?? [])
    .filter((mark): mark is { initialize(): { channels: Record<string, { value: ArrayLike<unknown> }> } } => typeof (mark as { initialize?: unknown })?.initialize === 'function')
    .map((mark) => Object.fromEntries(Object.entries(mark.initialize().channels).map(([name, channel]) => [name, Array.from(channel.value)])));
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe('the write-up, from the project’s results', () => {
  it('tabulates every model, most spam caught first', () => {
    const rows = resultsTable(
      models.map((model) => ({ name: model.label, confusion: model.test.confusion })),
      results.requirements.maxFalsePositiveRate,
    );
    showTable(rows, 'Every model on the test set: your table');
    const byRecall = [...models].sort((a, b) => b.test.recall - a.test.recall);
    expect(rows.map((row) => row.model), 'models, most spam caught first').toEqual(byRecall.map((model) => model.label));
    for (const model of models) {
      const row = rows.find((r) => r.model === model.label);
      expect(row?.['spam caught'], `${model.label}: spam caught`).toMatch(new RegExp(`^${model.test.confusion.truePositives} of ${model.test.spam}: `));
      expect(row?.['legitimate mail lost'], `${model.label}: mail lost`).toMatch(new RegExp(`^${model.test.confusion.falsePositives} of ${model.test.ham.toLocaleString('en')}: `));
    }
  });

  it('finds each model’s share of spam caught, with its interval, most first', () => {
    const rows = caughtRows(results);
    expect(rows.map((row) => row.model), 'models, most spam caught first').toEqual([...models].sort((a, b) => b.test.recall - a.test.recall).map((model) => model.label));
    for (const row of rows) {
      const model = models.find((m) => m.label === row.model)!;
      expect(row.rate, `${row.model}: share of spam caught`).toBeCloseTo(model.test.confusion.truePositives / model.test.spam, 10);
      expect(row.low, `${row.model}: lower end`).toBeLessThan(row.rate);
      expect(row.high, `${row.model}: upper end`).toBeGreaterThan(row.rate);
    }
    expect(rows[0].low - rows[rows.length - 1].high, 'the best model’s interval clears the worst one’s').toBeGreaterThan(0);
  });

  it('draws spam caught: a bar per model at its rate, a line over its interval, in the rows’ order', () => {
    showPlot(aucChart(results), 'ROC AUC per model (given): every bar near 1');
    const rows = caughtRows(results);
    const chart = caughtChart(rows);
    showPlot(chart, 'Share of test spam caught, with 95% intervals: your chart');
    const marks = drawn(chart);
    const labels = rows.map((row) => row.model);
    expect(marks.some((mark) => same(mark.y, labels) && same(mark.x1, rows.map(() => 0)) && same(mark.x2, rows.map((row) => row.rate))), 'a bar from 0 to each rate (Plot.barX, y = model, x = rate)').toBe(true);
    expect(marks.some((mark) => same(mark.y, labels) && same(mark.x1, rows.map((row) => row.low)) && same(mark.x2, rows.map((row) => row.high))), 'a line from low to high (Plot.ruleY, y = model)').toBe(true);
  });

  it('draws where the shipped model’s mistakes are: every group, its rate, its interval, its kind of mistake', () => {
    const rows = groupRows(results.models[results.chosenModel.kind].test.byGroup);
    const chart = mistakesChart(rows);
    showPlot(chart, 'Mistakes by corpus group, with 95% intervals: your chart');
    const marks = drawn(chart);
    const groups = rows.map((row) => row.group);
    expect(groups, 'hard ham is among the groups').toContain('hard-ham-1');
    expect(marks.some((mark) => same(mark.y, groups) && same(mark.x, rows.map((row) => row.rate)) && same(mark.fill, rows.map((row) => row.mistake))), 'a dot at each rate, filled by mistake (Plot.dot)').toBe(true);
    expect(
      marks.some((mark) => same(mark.y, groups) && same(mark.x1, rows.map((row) => row.low)) && same(mark.x2, rows.map((row) => row.high)) && same(mark.stroke, rows.map((row) => row.mistake))),
      'a line from low to high, stroked by mistake (Plot.ruleY)',
    ).toBe(true);
  });
});
