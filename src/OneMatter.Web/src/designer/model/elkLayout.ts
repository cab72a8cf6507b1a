import type { Definition, Positions } from './definitionTypes';
import { exitsOfDefinition } from './flowEdges';

/** The size the canvas node component renders at (MatterNodeView), for ELK's spacing. */
export const nodeWidth = 210;
export const nodeHeight = 86;

/** Layered layout with ELK. The bundle is 1.9 MB, so it is imported only when a layout runs and
 * never on the way to opening a definition. */
export async function elkLayout(definition: Definition): Promise<Positions> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = Object.keys(definition.nodes ?? {});
  const graph = await elk.layout({
    id: 'matter',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    },
    children: ids.map((id) => ({ id, width: nodeWidth, height: nodeHeight })),
    edges: exitsOfDefinition(definition)
      .filter((e) => e.kind !== 'join' && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const positions: Positions = {};
  for (const child of graph.children ?? []) {
    positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  }
  return positions;
}
