import { describe, expect, it } from 'vitest';
import type { MatterStatus } from '../api/types';
import { documentsOf } from './documentsOf';

const status = (over: Partial<MatterStatus>): MatterStatus => ({
  id: 'RH-1', definitionId: 'rural-housing', definitionVersion: 1, name: '农民建房', nameEn: 'Rural housing', status: 'Running', version: 1,
  startedAt: '2026-11-27T00:00:00Z', holding: [], steps: [], ...over,
});

describe('documentsOf', () => {
  it('takes numbered documents as they are', () => {
    expect(documentsOf(status({ documents: [{ number: 'RH-1-01', name: '受理回执', nameEn: 'Receipt' }] })))
      .toEqual([{ number: 'RH-1-01', name: '受理回执', nameEn: 'Receipt' }]);
  });
  it('takes plain ids as both number and name', () => {
    expect(documentsOf(status({ documents: ['acceptance-receipt'] }))).toEqual([{ number: 'acceptance-receipt', name: 'acceptance-receipt' }]);
  });
  it('falls back to the issued documents of the timeline', () => {
    expect(documentsOf(status({ documents: [], timeline: [{ type: 'document-issued', at: '', target: 'acceptance-receipt', text: 'No.7' }] })))
      .toEqual([{ number: 'No.7', name: 'acceptance-receipt' }]);
  });
});
