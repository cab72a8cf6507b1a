import type { HistoryEntry, TaskDetail } from '../api/types';
import { pick, type Language } from '../i18n/format';

/** A node of the task's matter named in `language`: the task's own node, else a finished step or
 * a history entry that names it (each with the definition's English name when it has one), else
 * the node's id (a return's target the matter never reached). */
export function taskNodeName(task: Pick<TaskDetail, 'node' | 'nodeName' | 'nodeNameEn' | 'steps' | 'history'>, node: string, language: Language): string {
  if (node === task.node) return pick(language, task.nodeName, task.nodeNameEn);
  const step = task.steps.find((s) => s.node === node);
  if (step) return pick(language, step.name, step.nameEn);
  const entry = task.history.find((h) => h.node === node && h.nodeName);
  return entry ? pick(language, entry.nodeName!, entry.nodeNameEn) : node;
}

/** The name of the node of task `taskId` in `language`, from the first history entry that names
 * it, or none. */
export function historyStepName(history: readonly HistoryEntry[], taskId: string, language: Language): string | undefined {
  const entry = history.find((h) => h.task === taskId && h.nodeName);
  return entry ? pick(language, entry.nodeName!, entry.nodeNameEn) : undefined;
}
