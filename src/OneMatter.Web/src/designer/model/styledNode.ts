import { Document, isMap, type Node as YamlNode } from 'yaml';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isScalarValue(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Builds a YAML node in the house style of workflows/*.yaml: a map of scalars (an outcome, an
 * assignee, a form field) or a list of scalars is written on one line in flow style; anything
 * deeper is a block whose children follow the same rule. `block` forces a block map at the top
 * (a node the designer will keep adding keys to). */
export function styledNode(doc: Document, value: unknown, block = false): YamlNode {
  if (Array.isArray(value)) {
    if (value.every(isScalarValue)) {
      return doc.createNode(value, { flow: true }) as YamlNode;
    }
    const seq = doc.createNode([]) as YamlNode & { items: unknown[]; flow?: boolean };
    seq.flow = false;
    for (const item of value) {
      seq.items.push(styledNode(doc, item));
    }
    return seq;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!block && entries.every(([, v]) => isScalarValue(v) || (Array.isArray(v) && v.every(isScalarValue)))) {
      return doc.createNode(Object.fromEntries(entries), { flow: true }) as YamlNode;
    }
    const map = doc.createNode({}) as YamlNode;
    if (isMap(map)) {
      map.flow = false;
      for (const [k, v] of entries) {
        map.set(doc.createNode(k), styledNode(doc, v));
      }
    }
    return map;
  }
  return doc.createNode(value) as YamlNode;
}
