import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from './definitionDocument';
import { advance, choicesFor, durationDays, startSimulation, type SimState } from './simulation';

const definition = parseDefinition(readFileSync(join(process.cwd(), '..', '..', 'workflows', 'rural-housing.yaml'), 'utf8')).definition!;

function take(state: SimState, node: string, target: string): SimState {
  const token = state.tokens.find((t) => t.node === node)!;
  const exit = choicesFor(definition, token).find((e) => e.target === target)!;
  return advance(definition, state, token.id, exit);
}

describe('simulation', () => {
  it('reads durations as working days', () => {
    expect(durationDays('5 working days')).toBe(5);
    expect(durationDays('15个工作日')).toBe(15);
    expect(durationDays('4 working hours')).toBe(0.5);
  });

  it('walks the rural-housing happy path in 11 working days', () => {
    let s = startSimulation(definition);
    s = take(s, 'accept', 'review');
    expect(s.tokens.map((t) => t.node).sort()).toEqual(['homestead', 'housing', 'land', 'village-opinion']);
    s = take(s, 'village-opinion', 'notice');
    s = take(s, 'notice', 'review-done');
    s = take(s, 'land', 'review-done');
    s = take(s, 'housing', 'review-done');
    expect(s.tokens.map((t) => t.node)).toEqual(['homestead']);
    s = take(s, 'homestead', 'review-done');
    expect(s.tokens.map((t) => t.node)).toEqual(['review-summary']);
    s = take(s, 'review-summary', 'approve');
    s = take(s, 'approve', 'issued');
    expect(s.ended).toBe('approved');
    expect(s.clock).toBe(11);
  });
});
