import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { MatterFlowNode } from '../model/flowGraph';

// The canvas's selection is the editor state's (`selection`), not xyflow's. xyflow reports a click
// as a `select` change to onNodesChange and only later, two effects on, to onSelectionChange; a
// rebuild of the nodes in between (a live-validation answer re-marking them) used to re-apply the
// editor's selection from before the click and so undo it. Taking the selection from the change
// itself, in the same update as the nodes, leaves no such window.

/** The selection after xyflow's node changes (a click, a selection box, a click on the pane,
 * Shift-click), in the order nodes were picked; null when the changes select nothing new. */
export function selectionAfter(selection: readonly string[], changes: readonly NodeChange<MatterFlowNode>[]): string[] | null {
  let next: string[] | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    next ??= [...selection];
    const at = next.indexOf(change.id);
    if (change.selected && at < 0) next.push(change.id);
    else if (!change.selected && at >= 0) next.splice(at, 1);
  }
  return next && (next.length !== selection.length || next.some((id, i) => id !== selection[i])) ? next : null;
}

/** The canvas's onNodesChange: a change that selects or deselects goes to the editor state
 * (`select`) at once, in the same update as the node change (`setNodes`), and `selection` is
 * moved on so a second change before the next render builds on it. Removals are left to
 * onDelete (a YAML edit); a measured node drops its estimated handles, so xyflow keeps the handle
 * positions it measured. */
export function nodesChangeHandler(
  selection: { current: readonly string[] },
  select: (ids: string[]) => void,
  setNodes: (update: (current: MatterFlowNode[]) => MatterFlowNode[]) => void,
): (changes: NodeChange<MatterFlowNode>[]) => void {
  return (changes) => {
    const picked = selectionAfter(selection.current, changes);
    if (picked) {
      selection.current = picked;
      select(picked);
    }
    const sized = new Set(changes.filter((c) => c.type === 'dimensions').map((c) => c.id));
    setNodes((current) =>
      applyNodeChanges(changes.filter((c) => c.type !== 'remove'), current).map((n) => (sized.has(n.id) && n.handles ? { ...n, handles: undefined } : n)),
    );
  };
}

/** The nodes to show after a rebuild or a selection change: the built nodes, each selected exactly
 * when `selection` has it. A node whose data did not change stays the object xyflow has (so
 * neither it nor its minimap entry is redone for a click on another node); a rebuilt one keeps
 * what xyflow measured of it (given the estimate again, every node would be rendered and measured
 * anew). */
export function withSelection(current: readonly MatterFlowNode[], built: readonly MatterFlowNode[], selection: readonly string[]): MatterFlowNode[] {
  const selected = new Set(selection);
  const shown = new Map(current.map((n) => [n.id, n]));
  return built.map((n) => {
    const was = shown.get(n.id);
    const select = selected.has(n.id);
    if (was && was.data === n.data) {
      return !!was.selected === select ? was : { ...was, selected: select };
    }
    const next = was?.measured && !was.handles ? { ...n, measured: was.measured, handles: undefined } : n;
    return select ? { ...next, selected: true } : next;
  });
}
