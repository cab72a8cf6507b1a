import { Document, isMap, isScalar, type Node as YamlNode } from 'yaml';

/** The lines (1-based, inclusive) a node's entry spans in the YAML text. */
export interface NodeRange {
  id: string;
  fromLine: number;
  toLine: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo + 1;
}

/** Where each node sits in the text the Document was parsed from, so a validation error's line
 * can be pinned on the node it belongs to. */
export function nodeRanges(doc: Document, text: string): NodeRange[] {
  const nodes = doc.get('nodes', true);
  if (!isMap(nodes)) {
    return [];
  }
  const starts = lineStarts(text);
  const ranges: NodeRange[] = [];
  for (const pair of nodes.items) {
    const key = pair.key as YamlNode | null;
    const value = pair.value as YamlNode | null;
    if (!key?.range) {
      continue;
    }
    const id = String(isScalar(key) ? key.value : key);
    // range[1] is where the value's content ends (before trailing comments).
    const end = value?.range ? Math.max(value.range[0], value.range[1] - 1) : key.range[1];
    ranges.push({ id, fromLine: lineOf(starts, key.range[0]), toLine: lineOf(starts, end) });
  }
  return ranges;
}

/** The node whose entry contains a line, if any. */
export function nodeAtLine(ranges: NodeRange[], line: number): string | undefined {
  return ranges.find((r) => line >= r.fromLine && line <= r.toLine)?.id;
}
