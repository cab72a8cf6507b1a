import { describe, expect, it } from 'vitest';
import type { FinishedStep, HistoryEntry } from '../api/types';
import { historyStepName, taskNodeName } from './nodeName';

const at = '2026-01-01T00:00:00Z';
const entry = (sequence: number, extra: Partial<HistoryEntry>): HistoryEntry => ({ sequence, type: 'task-created', at, actor: 'system', ...extra });
const steps: FinishedStep[] = [{ node: 'accept', name: '申请受理', nameEn: 'Acceptance at the township window', at }];
const history: HistoryEntry[] = [
  entry(1, { type: 'matter-started' }),
  entry(2, { task: 'accept.1', node: 'accept', nodeName: '申请受理', nodeNameEn: 'Acceptance at the township window' }),
  entry(3, { task: 'housing.1', node: 'housing', nodeName: '住建审查', nodeNameEn: 'Housing review' }),
  entry(4, { task: 'survey.1', node: 'survey', nodeName: '现场踏勘' }),
];
const task = { node: 'land', nodeName: '自然资源审查', nodeNameEn: 'Land review', steps, history };

describe('taskNodeName', () => {
  it("names the task's own node in the language asked", () => {
    expect(taskNodeName(task, 'land', 'en')).toBe('Land review');
    expect(taskNodeName(task, 'land', 'zh-CN')).toBe('自然资源审查');
  });
  it('names a finished step, then a node only the history names', () => {
    expect(taskNodeName(task, 'accept', 'en')).toBe('Acceptance at the township window');
    expect(taskNodeName(task, 'accept', 'zh-CN')).toBe('申请受理');
    expect(taskNodeName(task, 'housing', 'en')).toBe('Housing review');
  });
  it('falls back to the Chinese name without an English one, and to the id for an unknown node', () => {
    expect(taskNodeName(task, 'survey', 'en')).toBe('现场踏勘');
    expect(taskNodeName({ ...task, nodeNameEn: null }, 'land', 'en')).toBe('自然资源审查');
    expect(taskNodeName(task, 'decide', 'en')).toBe('decide');
  });
});

describe('historyStepName', () => {
  it("names a task's node from the history, in the language asked", () => {
    expect(historyStepName(history, 'housing.1', 'en')).toBe('Housing review');
    expect(historyStepName(history, 'housing.1', 'zh-CN')).toBe('住建审查');
    expect(historyStepName(history, 'survey.1', 'en')).toBe('现场踏勘');
    expect(historyStepName(history, 'none.1', 'en')).toBeUndefined();
  });
});
