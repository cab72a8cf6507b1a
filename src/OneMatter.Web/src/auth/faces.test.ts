import { describe, expect, it } from 'vitest';
import { facesOf, homeOf } from './faces';

describe('faces of a role', () => {
  it('gives each role its own face and the administrator all four', () => {
    expect(facesOf('applicant')).toEqual(['portal']);
    expect(facesOf('officer')).toEqual(['workbench']);
    expect(facesOf('supervisor')).toEqual(['command']);
    expect(facesOf('designer')).toEqual(['designer']);
    expect(facesOf('admin')).toEqual(['portal', 'workbench', 'command', 'designer']);
  });
  it('leaves the portal to visitors who are not signed in', () => {
    expect(facesOf(null)).toEqual(['portal']);
    expect(homeOf(undefined)).toBe('/portal');
  });
  it('lands each role on its face', () => {
    expect(homeOf('officer')).toBe('/workbench');
    expect(homeOf('supervisor')).toBe('/command');
  });
});
