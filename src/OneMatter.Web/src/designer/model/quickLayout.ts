import type { Definition, Positions } from './definitionTypes';
import { exitsOfDefinition } from './flowEdges';

export const columnWidth = 260;
export const rowHeight = 130;

/** An instant layered placement (breadth-first rank from the start, left to right) for nodes
 * that have no position yet. It runs in linear time, so opening even a large definition never
 * waits for ELK; the "auto layout" button runs ELK when the designer asks for a tidy graph. */
export function placeNodes(definition: Definition, known: Positions = {}): Positions {
  const ids = Object.keys(definition.nodes ?? {});
  const missing = ids.filter((id) => !known[id]);
  if (missing.length === 0) {
    return known;
  }
  const next = new Map<string, string[]>();
  for (const e of exitsOfDefinition(definition)) {
    if (e.kind !== 'join') {
      next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    }
  }
  const rank = new Map<string, number>();
  const queue: string[] = [];
  const seed = (id: string, r: number) => {
    if (!rank.has(id)) {
      rank.set(id, r);
      queue.push(id);
    }
  };
  if (definition.start && ids.includes(definition.start)) {
    seed(definition.start, 0);
  }
  for (let i = 0; ; ) {
    for (; i < queue.length; i++) {
      const id = queue[i];
      for (const t of next.get(id) ?? []) {
        seed(t, rank.get(id)! + 1);
      }
    }
    // Nodes nothing reaches (work in progress) start a column of their own after the rest.
    const orphan = ids.find((id) => !rank.has(id));
    if (!orphan) {
      break;
    }
    seed(orphan, Math.max(0, ...rank.values()) + 1);
  }
  const rows = new Map<number, number>();
  const placed: Positions = { ...known };
  // Existing positions keep their place; only the missing ones are put in their rank's column,
  // below anything already there.
  for (const id of ids) {
    const r = rank.get(id) ?? 0;
    const row = rows.get(r) ?? 0;
    rows.set(r, row + 1);
    if (!placed[id]) {
      placed[id] = { x: r * columnWidth, y: row * rowHeight };
    }
  }
  return placed;
}

/** Positions for a definition after an edit: ids still present keep theirs (the YAML view
 * rebuilding the canvas must not move what the designer arranged), vanished ids are dropped,
 * new ids are placed. */
export function positionsFor(definition: Definition, previous: Positions): Positions {
  const kept: Positions = {};
  for (const id of Object.keys(definition.nodes ?? {})) {
    if (previous[id]) {
      kept[id] = previous[id];
    }
  }
  return placeNodes(definition, kept);
}
