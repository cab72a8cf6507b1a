import type { DefinitionError } from '../api/definitionTypes';
import { nodeAtLine, type NodeRange } from '../model/yamlRanges';

/** Pins each validation error on the node whose YAML entry contains its line. */
export function errorsByNode(errors: DefinitionError[], ranges: NodeRange[]): Record<string, string[]> {
  const pinned: Record<string, string[]> = {};
  for (const e of errors) {
    const id = nodeAtLine(ranges, e.line);
    if (id) {
      (pinned[id] ??= []).push(e.message);
    }
  }
  return pinned;
}
