import type { DefinitionNode, Positions } from '../model/definitionTypes';

/** Nodes copied on the canvas. Kept in the page rather than the system clipboard so that a copy
 * carries positions and pastes into another definition opened in the same tab. */
export interface CopiedNodes {
  nodes: Record<string, DefinitionNode>;
  positions: Positions;
}

let copied: CopiedNodes | null = null;

export function copyNodes(nodes: CopiedNodes): void {
  copied = structuredClone(nodes);
}

export function copiedNodes(): CopiedNodes | null {
  return copied && structuredClone(copied);
}
