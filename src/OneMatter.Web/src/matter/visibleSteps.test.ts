import { describe, expect, it } from 'vitest';
import type { Holder, Step } from '../api/types';
import { visibleSteps } from './visibleSteps';

const step = (name: string | null, at: string): Step => ({ node: 'n', name: 'n', step: name, at });
const holder = (name: string | null): Holder => ({
  taskId: 't', workItemId: 'w', node: 'n', nodeName: 'n', step: name, status: 'Offered', warned: false, overdue: false, forApplicant: false,
  supervised: false, urged: 0,
});

describe('visibleSteps', () => {
  it('orders steps by when they were reached and marks the held ones in process', () => {
    const result = visibleSteps(
      [step('联合审查', '2026-11-02T00:00:00Z'), step('申请受理', '2026-11-01T00:00:00Z'), step(null, '2026-11-03T00:00:00Z')],
      [holder('联合审查')],
    );
    expect(result).toEqual([{ name: '申请受理', state: 'finish' }, { name: '联合审查', state: 'process' }]);
  });
  it('adds a held step not finished before', () => {
    expect(visibleSteps([], [holder('申请受理'), holder('申请受理')])).toEqual([{ name: '申请受理', state: 'process' }]);
  });
});
