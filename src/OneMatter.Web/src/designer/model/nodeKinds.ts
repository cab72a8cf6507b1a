import type { DefinitionNode, NodeKind } from './definitionTypes';

/** The palette, in the order docs/definitions.md introduces the kinds. */
export const nodeKinds: NodeKind[] = ['task', 'applicant-task', 'parallel', 'join', 'decision', 'timer', 'document', 'notify', 'call', 'draw', 'end'];

/** The smallest node of each kind that reads as intended; the validator then points at what is
 * still missing (a next, an assignee) instead of the designer guessing values. */
export function skeletonNode(kind: NodeKind, name: string): DefinitionNode {
  switch (kind) {
    case 'task':
      return { type: 'task', name, assignee: 'lead', deadline: '5 working days', outcomes: {} };
    case 'applicant-task':
      return { type: 'applicant-task', name, 'pauses-clock': true };
    case 'parallel':
      return { type: 'parallel', name, branches: [] };
    case 'join':
      return { type: 'join', name, mode: 'all' };
    case 'decision':
      return { type: 'decision', name, conditions: [] };
    case 'timer':
      return { type: 'timer', name, duration: '5 working days' };
    case 'document':
      return { type: 'document', name };
    case 'notify':
      return { type: 'notify', name, to: 'applicant', message: '' };
    case 'call':
      return { type: 'call', name };
    case 'draw':
      return { type: 'draw', name, entities: { count: 3 }, inspectors: { count: 2, units: [] } };
    case 'end':
      return { type: 'end', name, result: 'approved' };
  }
}

/** Whether a kind has outgoing connections at all (an end has none). */
export function hasExits(kind: NodeKind): boolean {
  return kind !== 'end';
}
