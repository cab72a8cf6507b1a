import type { Assignee, DefinitionNode } from './definitionTypes';

/** Who holds a node, in one short line for the canvas badge, and the key its colour follows
 * (the unit, or the unit kind for 属地 assignment) so that one unit's nodes share a colour. */
export interface Holder {
  label: string;
  colourKey: string;
}

export function holderOf(node: DefinitionNode): Holder | undefined {
  const assignee = node.assignee ?? node.signers?.[0];
  if (assignee === undefined) {
    return node.type === 'applicant-task' ? { label: '申请人', colourKey: 'applicant' } : undefined;
  }
  return describeAssignee(assignee);
}

export function describeAssignee(assignee: Assignee): Holder {
  if (typeof assignee === 'string') {
    return { label: assignee === 'lead' ? '牵头单位' : assignee, colourKey: assignee };
  }
  if ('from' in assignee) {
    return { label: `运行时: ${assignee.from}`, colourKey: 'from' };
  }
  if ('kind' in assignee) {
    return { label: `属地 ${assignee.kind}`, colourKey: assignee.kind };
  }
  const who = assignee.user ? ` / ${assignee.user}` : assignee.role ? ` / ${assignee.role}` : '';
  return { label: `${assignee.unit}${who}`, colourKey: assignee.unit };
}

/** A stable pleasant hue per unit: a string hash, so colours do not move when nodes are added. */
export function unitColour(key: string): string {
  let hash = 0;
  for (let i = 0; i < key.length; i++) {
    hash = (hash * 31 + key.charCodeAt(i)) | 0;
  }
  const hue = Math.abs(hash) % 360;
  return `hsl(${hue} 65% 45%)`;
}

/** Documents a node issues: those of its outcomes, or the one a document node issues. */
export function documentsOf(node: DefinitionNode): string[] {
  const found = new Set<string>();
  if (node.document) {
    found.add(node.document);
  }
  for (const outcome of Object.values(node.outcomes ?? {})) {
    if (typeof outcome === 'object' && outcome !== null) {
      for (const d of outcome.documents ?? []) {
        found.add(d);
      }
    }
  }
  return [...found];
}
