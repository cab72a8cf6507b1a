import { describe, expect, it } from 'vitest';
import type { SimulatedRun, SimulatedStep } from '../api/definitionTypes';
import { alignRows, defaultCounterpart, formatDays, holderOf, shortTime, totalsOf } from './compareRows';

function step(node: string, workingDays: number, units: string[] = ['住建局']): SimulatedStep {
  return {
    node,
    name: node,
    holder: units.length ? units.join('、') : '申请人 (applicant)',
    units,
    start: '2026-03-02T09:00:00+08:00',
    end: '2026-03-03T09:00:00+08:00',
    workingDays,
    elapsed: workingDays,
    late: false,
  };
}

function run(id: string, workingDays: number, timeline: SimulatedStep[] = []): SimulatedRun {
  return {
    id, version: 1, name: id, nameEn: id, start: '', end: '', workingDays, calendarDays: workingDays,
    steps: timeline.length, applicantSteps: 0, holders: 0, timeline, notes: [],
  };
}

describe('compare rows', () => {
  it('lays the two timelines side by side, the shorter one leaving its cells empty', () => {
    const rows = alignRows([step('a1', 1), step('a2', 2), step('a3', 3)], [step('b1', 5)]);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => [r.index, r.a?.node, r.b?.node])).toEqual([
      [0, 'a1', 'b1'],
      [1, 'a2', undefined],
      [2, 'a3', undefined],
    ]);
    expect(alignRows([], [])).toEqual([]);
  });

  it('compares rural housing with its legacy procedure by default, and the legacy one with the reform', () => {
    const ids = ['market-day', 'rural-housing', 'rural-housing-legacy'];
    expect(defaultCounterpart('rural-housing', ids)).toBe('rural-housing-legacy');
    expect(defaultCounterpart('rural-housing-legacy', ids)).toBe('rural-housing');
    expect(defaultCounterpart('market-day', ids)).toBeUndefined();
  });

  it('prints working days to one decimal and times in the calendar zone', () => {
    expect(formatDays(11.94)).toBe('11.9');
    expect(formatDays(57.96)).toBe('58');
    expect(formatDays(0.5)).toBe('0.5');
    expect(shortTime('2026-03-02T09:00:00+08:00')).toBe('03-02 09:00');
    expect(shortTime('soon')).toBe('soon');
  });

  it('totals: both sides, the working days saved and how many times faster', () => {
    expect(totalsOf({ a: run('rural-housing', 11.9), b: run('rural-housing-legacy', 57.9), difference: 46 })).toEqual({
      a: '11.9', b: '57.9', faster: 'a', saved: '46', times: '4.9',
    });
    expect(totalsOf({ a: run('legacy', 57.9), b: run('reformed', 11.9), difference: -46 })).toMatchObject({ faster: 'b', saved: '46', times: '4.9' });
    expect(totalsOf({ a: run('x', 3), b: run('y', 3), difference: 0 })).toMatchObject({ faster: undefined, times: undefined });
    expect(totalsOf({ a: run('x', 0), b: run('y', 3), difference: 3 })).toMatchObject({ faster: 'a', times: undefined });
  });

  it('names the holder by its units, or as the engine does for the applicant', () => {
    expect(holderOf(step('s', 1, ['自然资源局', '住建局']))).toBe('自然资源局、住建局');
    expect(holderOf(step('s', 1, []))).toBe('申请人 (applicant)');
  });
});
