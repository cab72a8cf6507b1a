import type { Definition, DefinitionNode } from './definitionTypes';
import type { DiffStatus } from './flowGraph';

function same(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export interface DefinitionDiff {
  /** Status of every node that differs; unchanged nodes are absent. */
  nodes: Record<string, DiffStatus>;
  /** Top-level keys (form, deadline …) that differ, with their status. */
  matter: { key: string; status: DiffStatus }[];
  /** The newer definition plus the removed nodes of the older, for drawing both on one canvas. */
  merged: Definition;
}

/** Compares two versions as data, like the server's StructuralDiff: comments and formatting do
 * not count, each node is compared on its own. */
export function diffDefinitions(older: Definition, newer: Definition): DefinitionDiff {
  const a = older.nodes ?? {};
  const b = newer.nodes ?? {};
  const nodes: Record<string, DiffStatus> = {};
  for (const id of Object.keys(b)) {
    if (!(id in a)) {
      nodes[id] = 'added';
    } else if (!same(a[id], b[id])) {
      nodes[id] = 'changed';
    }
  }
  const removed: Record<string, DefinitionNode> = {};
  for (const id of Object.keys(a)) {
    if (!(id in b)) {
      nodes[id] = 'removed';
      removed[id] = a[id];
    }
  }
  const matter: { key: string; status: DiffStatus }[] = [];
  const keys = new Set([...Object.keys(newer), ...Object.keys(older)]);
  for (const key of keys) {
    if (key === 'nodes' || key === 'version') {
      continue;
    }
    const before = (older as Record<string, unknown>)[key];
    const after = (newer as Record<string, unknown>)[key];
    if (before === undefined) {
      matter.push({ key, status: 'added' });
    } else if (after === undefined) {
      matter.push({ key, status: 'removed' });
    } else if (!same(before, after)) {
      matter.push({ key, status: 'changed' });
    }
  }
  return { nodes, matter, merged: { ...newer, nodes: { ...b, ...removed } } };
}
