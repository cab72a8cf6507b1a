import { parseDefinition } from '../model/definitionDocument';
import { diffDefinitions, type DefinitionDiff } from '../model/definitionDiff';

/** Two published versions compared for the canvas: the merged graph and each node's status. */
export interface DiffView {
  from: number;
  to: number;
  diff: DefinitionDiff;
}

export function diffViewOf(from: number, fromYaml: string, to: number, toYaml: string): DiffView {
  const older = parseDefinition(fromYaml).definition ?? {};
  const newer = parseDefinition(toYaml).definition ?? {};
  return { from, to, diff: diffDefinitions(older, newer) };
}
