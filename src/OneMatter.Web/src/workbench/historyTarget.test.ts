import { describe, expect, it } from 'vitest';
import { historyTarget } from './historyTarget';

describe('historyTarget', () => {
  it('names the units a task arrived at', () => {
    expect(historyTarget('task-created', 'cs-housing,cs-agriculture')).toEqual([
      { kind: 'unit', value: 'cs-housing' }, { kind: 'unit', value: 'cs-agriculture' },
    ]);
  });
  it('splits a unit and its officer', () => {
    expect(historyTarget('task-delegated', 'baishi-service/officer.a')).toEqual([
      { kind: 'unit', value: 'baishi-service' }, { kind: 'user', value: 'officer.a' },
    ]);
    expect(historyTarget('task-transferred', 'cs-housing')).toEqual([{ kind: 'unit', value: 'cs-housing' }]);
    expect(historyTarget('deadline-escalated', 'cs-gov')).toEqual([{ kind: 'unit', value: 'cs-gov' }]);
  });
  it('names the node a task was returned to and the supervisor', () => {
    expect(historyTarget('task-returned', 'accept')).toEqual([{ kind: 'node', value: 'accept' }]);
    expect(historyTarget('task-supervised', 'supervisor.cs')).toEqual([{ kind: 'user', value: 'supervisor.cs' }]);
  });
  it('leaves out attached files ids and nothing at all', () => {
    expect(historyTarget('files-attached', 'a1,a2')).toEqual([]);
    expect(historyTarget('task-created', null)).toEqual([]);
  });
  it('shows any other target as it is', () => {
    expect(historyTarget('document-issued', 'planning-permit')).toEqual([{ kind: 'text', value: 'planning-permit' }]);
  });
});
