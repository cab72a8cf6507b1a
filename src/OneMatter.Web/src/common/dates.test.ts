import { describe, expect, it } from 'vitest';
import { dueWithin } from './dates';

describe('dueWithin', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  it('is true for a due instant within the window and false outside or past', () => {
    expect(dueWithin('2026-11-28T00:00:00Z', 2, now)).toBe(true);
    expect(dueWithin('2026-12-10T00:00:00Z', 2, now)).toBe(false);
    expect(dueWithin('2026-11-26T00:00:00Z', 2, now)).toBe(false);
    expect(dueWithin(null, 2, now)).toBe(false);
  });
});
