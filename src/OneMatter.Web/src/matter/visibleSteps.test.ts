import { describe, expect, it } from 'vitest';
import type { Holder, Step } from '../api/types';
import { visibleSteps } from './visibleSteps';

const step = (name: string | null, at: string, stepEn?: string): Step => ({ node: 'n', name: 'n', step: name, at, stepEn });
const holder = (name: string | null, stepEn?: string): Holder => ({
  taskId: 't', workItemId: 'w', node: 'n', nodeName: 'n', step: name, stepEn, status: 'Offered', warned: false, overdue: false, forApplicant: false,
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
  it('carries the English name of a step from a finished step or a holder', () => {
    const result = visibleSteps(
      [step('申请受理', '2026-11-01T00:00:00Z', 'Application accepted'), step('联合审查', '2026-11-02T00:00:00Z')],
      [holder('联合审查', 'Joint review'), holder('审批发证')],
    );
    expect(result).toEqual([
      { name: '申请受理', nameEn: 'Application accepted', state: 'finish' },
      { name: '联合审查', nameEn: 'Joint review', state: 'process' },
      { name: '审批发证', state: 'process' },
    ]);
  });
});
