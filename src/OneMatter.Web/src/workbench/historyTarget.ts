/** One part of a history entry's target: a unit (shown by name), a node (by its name), an officer
 * or anything else (as it is). */
export type TargetPart = { kind: 'unit' | 'node' | 'user' | 'text'; value: string };

/** What a history entry's `target` names, by the entry's type (TaskHistory.cs): the units a task
 * went to, the unit it was transferred, delegated or escalated to (with the officer, as
 * `unit/user`), the node it was returned to, the supervisor. Attached files' ids are left out:
 * the entry's text names the files. */
export function historyTarget(type: string, target: string | null | undefined): TargetPart[] {
  if (!target) return [];
  const unitAndUser = (value: string): TargetPart[] => {
    const slash = value.indexOf('/');
    return slash < 0 ? [{ kind: 'unit', value }] : [{ kind: 'unit', value: value.slice(0, slash) }, { kind: 'user', value: value.slice(slash + 1) }];
  };
  switch (type) {
    case 'task-created':
      return target.split(',').filter(Boolean).map((value) => ({ kind: 'unit', value }));
    case 'task-transferred':
    case 'deadline-escalated':
    case 'task-delegated':
    case 'signer-added':
      return unitAndUser(target);
    case 'task-returned':
      return [{ kind: 'node', value: target }];
    case 'task-supervised':
      return [{ kind: 'user', value: target }];
    case 'files-attached':
      return [];
    default:
      return [{ kind: 'text', value: target }];
  }
}
