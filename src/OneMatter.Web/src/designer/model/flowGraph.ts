import type { Edge, Node } from '@xyflow/react';
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

export function toFlowNodes(definition: Definition, positions: Positions, marks: CanvasMarks = {}): MatterFlowNode[] {
  const result: MatterFlowNode[] = [];
  for (const [id, node] of Object.entries(definition.nodes ?? {})) {
    if (!node || typeof node !== 'object') {
      continue;
    }
    const holder = holderOf(node);
    const deadline = node.deadline ?? node.duration ?? (node.until ? `至 ${node.until}` : undefined);
    result.push({
      id,
      type: 'matter',
      position: positions[id] ?? { x: 0, y: 0 },
      data: {
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
      },
    });
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
