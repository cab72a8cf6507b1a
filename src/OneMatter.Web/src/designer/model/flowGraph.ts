import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { documentsOf, holderOf, unitColour } from './assigneeSummary';
import type { Definition, NodeKind, Positions } from './definitionTypes';
import { exitsOfDefinition, type Exit } from './flowEdges';

export type DiffStatus = 'added' | 'removed' | 'changed';

/** What a canvas node shows. Plain values only, so the memoized node component can compare it. */
export interface MatterNodeData extends Record<string, unknown> {
  kind: NodeKind;
  name: string;
  step?: string;
  holder?: string;
  colour: string;
  deadline?: string;
  documents: string[];
  isStart: boolean;
  errors?: string[];
  diff?: DiffStatus;
  token?: boolean;
}

export type MatterFlowNode = Node<MatterNodeData, 'matter'>;
export type MatterFlowEdge = Edge<{ exit: Exit; diff?: DiffStatus }>;

/** Per-node decorations laid over the definition: validation errors, diff status, simulated tokens. */
export interface CanvasMarks {
  errors?: Record<string, string[]>;
  diff?: Record<string, DiffStatus>;
  tokens?: Set<string>;
}

const neutral = 'hsl(215 15% 55%)';

/** The width MatterNodeView renders at (designer.css, .om-node), and its height without and
 * with its row of badges (name on one line). */
export const nodeWidth = 210;
const plainHeight = 70;
const badgedHeight = 88;
/** The canvas handles: 6 px dots with a 1 px border, centred on the node's left and right edges. */
const handleSize = 8;

/** The size a node will render at and where its handles sit, given up front: xyflow then treats
 * the node as measured, so on opening it renders only the nodes in view instead of rendering
 * (and measuring) every node of the definition first. Once a node is rendered its real size,
 * measured by xyflow's ResizeObserver, replaces the estimate. */
export function estimatedLayout(data: Pick<MatterNodeData, 'kind' | 'holder' | 'deadline' | 'documents'>): Pick<MatterFlowNode, 'measured' | 'handles'> {
  const height = data.holder || data.deadline || data.documents.length > 0 ? badgedHeight : plainHeight;
  const y = height / 2 - handleSize / 2;
  const handles: NodeHandle[] = [{ type: 'target', position: Position.Left, x: -handleSize / 2, y, width: handleSize, height: handleSize }];
  if (data.kind !== 'end') {
    handles.push({ type: 'source', position: Position.Right, x: nodeWidth - handleSize / 2, y, width: handleSize, height: handleSize });
  }
  return { measured: { width: nodeWidth, height }, handles };
}

export function toFlowNodes(definition: Definition, positions: Positions, marks: CanvasMarks = {}): MatterFlowNode[] {
  const result: MatterFlowNode[] = [];
  for (const [id, node] of Object.entries(definition.nodes ?? {})) {
    if (!node || typeof node !== 'object') {
      continue;
    }
    const holder = holderOf(node);
    const deadline = node.deadline ?? node.duration ?? (node.until ? `至 ${node.until}` : undefined);
    const data: MatterNodeData = {
      kind: node.type,
      name: node.name ?? id,
      step: node.step,
      holder: holder?.label,
      colour: holder ? unitColour(holder.colourKey) : neutral,
      deadline,
      documents: documentsOf(node),
      isStart: definition.start === id,
      errors: marks.errors?.[id],
      diff: marks.diff?.[id],
      token: marks.tokens?.has(id) || undefined,
    };
    result.push({ id, type: 'matter', position: positions[id] ?? { x: 0, y: 0 }, data, ...estimatedLayout(data) });
  }
  return result;
}

/** Above this many edges the labels are left off the canvas: xyflow measures every label's text
 * box on the first render, which is what makes a large matter slow to open. The label stays in
 * the edge's aria-label and in the properties panel. */
export const labelledEdgeLimit = 150;

export function toFlowEdges(definition: Definition, marks: CanvasMarks = {}): MatterFlowEdge[] {
  const exits = exitsOfDefinition(definition);
  const labelled = exits.length <= labelledEdgeLimit;
  return exits.map((exit) => {
    const dashed = exit.kind === 'join' || exit.kind === 'timeout';
    const removed = marks.diff?.[exit.source] === 'removed';
    return {
      id: exit.id,
      source: exit.source,
      target: exit.target,
      label: labelled ? exit.label : undefined,
      ariaLabel: exit.label,
      data: { exit },
      reconnectable: exit.kind !== 'join' ? 'target' : false,
      animated: marks.tokens?.has(exit.source) || undefined,
      style: {
        strokeDasharray: dashed ? '6 4' : undefined,
        stroke: removed ? '#cf1322' : exit.kind === 'timeout' ? '#d48806' : undefined,
        opacity: exit.kind === 'join' ? 0.5 : 1,
      },
    };
  });
}
