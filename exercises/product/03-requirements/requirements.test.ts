import { describe, expect, it } from 'vitest';
import { checkRequirements, requirements } from './requirements';

describe('checkRequirements', () => {
  it('finds nothing wrong when every measurement is within its limit', () => {
    const measured = { falsePositiveRate: 0.003, latencyP99Ms: 0.4, serviceLatencyP99Ms: 5, modelMemoryBytes: 2_000_000 };
    expect(checkRequirements(measured), 'no violations').toEqual([]);
  });

  it('reports a false-positive rate over the limit, with the limit and the measurement', () => {
    expect(checkRequirements({ falsePositiveRate: 0.007 }), 'one violation: 0.7% of legitimate email lost, over the 0.5% limit').toEqual([
      { requirement: 'maxFalsePositiveRate', limit: requirements.maxFalsePositiveRate, measured: 0.007 },
    ]);
  });

  it('accepts a measurement exactly at its limit ("at most" includes the limit)', () => {
    const atLimit = {
      falsePositiveRate: requirements.maxFalsePositiveRate,
      latencyP99Ms: requirements.latencyP99Ms,
      serviceLatencyP99Ms: requirements.serviceLatencyP99Ms,
      modelMemoryBytes: requirements.modelMemoryBytes,
    };
    expect(checkRequirements(atLimit), 'every value equals its limit: no violations').toEqual([]);
  });

  it('reports a measurement that is not a number: a broken benchmark must not pass quietly', () => {
    expect(checkRequirements({ latencyP99Ms: Number.NaN, falsePositiveRate: 0.001 }), 'NaN is not "at most 1 ms"').toEqual([
      { requirement: 'latencyP99Ms', limit: requirements.latencyP99Ms, measured: Number.NaN },
    ]);
  });

  it('skips what was not measured', () => {
    expect(checkRequirements({}), 'nothing measured, nothing broken').toEqual([]);
    expect(checkRequirements({ latencyP99Ms: 0.5 }), 'only latency measured, and it is fine').toEqual([]);
  });

  it('reports every broken requirement, in the order of MEASURED_LIMITS', () => {
    const measured = { modelMemoryBytes: 80 * 1024 * 1024, latencyP99Ms: 3, falsePositiveRate: 0.001, serviceLatencyP99Ms: 25 };
    expect(
      checkRequirements(measured).map((v) => v.requirement),
      'latency, service latency and memory are over; the false-positive rate is fine',
    ).toEqual(['latencyP99Ms', 'serviceLatencyP99Ms', 'modelMemoryBytes']);
  });

  it('checks against the limits it is given, so a stricter product can reuse it', () => {
    const strict = { ...requirements, maxFalsePositiveRate: 0.001 };
    expect(checkRequirements({ falsePositiveRate: 0.003 }, strict), 'over a 0.1% limit').toEqual([
      { requirement: 'maxFalsePositiveRate', limit: 0.001, measured: 0.003 },
    ]);
  });
});
