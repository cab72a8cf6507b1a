import { describe, expect, it } from 'vitest';
import { parentLevel, placeLevel } from './placeLevel';

describe('placeLevel', () => {
  it('prefers the level the server sends', () => {
    expect(placeLevel({ id: 'plot', level: 'Village' })).toBe('village');
  });
  it('falls back to the level named by the field id', () => {
    expect(placeLevel({ id: 'township' })).toBe('township');
    expect(placeLevel({ id: 'village_id' })).toBe('village');
    expect(placeLevel({ id: 'home_county' })).toBe('county');
    expect(placeLevel({ id: 'place' })).toBeUndefined();
  });
  it('names the parent level that narrows a choice', () => {
    expect(parentLevel('village')).toBe('township');
    expect(parentLevel('city')).toBeUndefined();
  });
});
