import { Document, isMap, isScalar, isSeq, visit, type Pair, type YAMLMap } from 'yaml';
import type { DefinitionNode, NodeKind } from './definitionTypes';
import { exitsOf, exitsOfDefinition, type Exit } from './flowEdges';
import { skeletonNode } from './nodeKinds';
import { styledNode } from './styledNode';

// Edits the canvas makes, applied to the YAML Document in place (callers clone first when they
// keep history). Working on the Document rather than on plain data is what keeps comments, key
// order and flow/block style of everything the edit does not touch.

type Path = (string | number)[];

function nodeData(doc: Document, id: string): DefinitionNode | undefined {
  const node = doc.getIn(['nodes', id]);
  return isMap(node) ? (node.toJS(doc) as DefinitionNode) : undefined;
}

function nodeIds(doc: Document): string[] {
  const nodes = doc.get('nodes');
  return isMap(nodes) ? nodes.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)) : [];
}

/** The first free id of the form base, base-2, base-3 … */
export function uniqueNodeId(doc: Document, base: string): string {
  const taken = new Set(nodeIds(doc));
  if (!taken.has(base)) {
    return base;
  }
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) {
      return `${base}-${n}`;
    }
  }
}

function ensureNodesMap(doc: Document): YAMLMap {
  let nodes = doc.get('nodes');
  if (!isMap(nodes)) {
    nodes = doc.createNode({});
    (nodes as YAMLMap).flow = false;
    doc.set('nodes', nodes);
  }
  return nodes as YAMLMap;
}

/** Adds a node of a kind with a generated id; answers the id. */
export function addNode(doc: Document, kind: NodeKind, name: string, id?: string): string {
  const newId = uniqueNodeId(doc, id ?? kind);
  // Nodes are blocks (keys get added one by one), except ends, which the house style writes on one line.
  ensureNodesMap(doc).set(doc.createNode(newId), styledNode(doc, skeletonNode(kind, name), kind !== 'end'));
  if (!doc.has('start')) {
    doc.set('start', newId);
  }
  return newId;
}

/** Removes one reference: an outcome goes with its edge (an outcome without a next is not an
 * outcome), list items leave their list, single keys are deleted. */
function removeExit(doc: Document, exit: Exit): void {
  switch (exit.kind) {
    case 'outcome':
      doc.deleteIn(exit.path.slice(0, 4));
      break;
    case 'branch':
    case 'condition':
      doc.deleteIn(exit.path.slice(0, 4));
      break;
    case 'timeout':
      doc.deleteIn(exit.path.slice(0, 3));
      break;
    default:
      doc.deleteIn(exit.path);
  }
}

/** Removes several references at once: list items from the highest index down, so earlier
 * removals do not shift the later ones. */
export function removeExits(doc: Document, exits: Exit[]): void {
  const ordered = [...exits].sort((a, b) => {
    const ia = typeof a.path[3] === 'number' ? a.path[3] : -1;
    const ib = typeof b.path[3] === 'number' ? b.path[3] : -1;
    return ib - ia;
  });
  for (const e of ordered) {
    removeExit(doc, e);
  }
}

/** Deletes nodes and every reference to them. */
export function removeNodes(doc: Document, ids: string[]): void {
  const gone = new Set(ids);
  const definition = doc.toJS() as { nodes?: Record<string, DefinitionNode> };
  const dangling = exitsOfDefinition(definition).filter((e) => gone.has(e.target) && !gone.has(e.source));
  removeExits(doc, dangling);
  for (const id of ids) {
    doc.deleteIn(['nodes', id]);
  }
}

/** Connects source to target the way the source's kind connects: a task gains an outcome, a
 * parallel split a branch, a decision its default and then conditions, the others their next.
 * Answers false when the source has no way out (an end). */
export function connect(doc: Document, source: string, target: string): boolean {
  const node = nodeData(doc, source);
  if (!node || source === target) {
    return false;
  }
  const base: Path = ['nodes', source];
  switch (node.type) {
    case 'task': {
      const outcomes = node.outcomes ?? {};
      let key = `to-${target}`;
      for (let n = 2; key in outcomes; n++) {
        key = `to-${target}-${n}`;
      }
      const label = nodeData(doc, target)?.name ?? target;
      if (!isMap(doc.getIn([...base, 'outcomes']))) {
        doc.setIn([...base, 'outcomes'], doc.createNode({}));
      }
      doc.setIn([...base, 'outcomes', key], styledNode(doc, { label, next: target }));
      return true;
    }
    case 'parallel':
      appendTo(doc, [...base, 'branches'], target);
      return true;
    case 'decision':
      if (!node.default) {
        doc.setIn([...base, 'default'], target);
      } else {
        appendTo(doc, [...base, 'conditions'], { when: 'true', next: target });
      }
      return true;
    case 'end':
      return false;
    default:
      doc.setIn([...base, 'next'], target);
      return true;
  }
}

function appendTo(doc: Document, path: Path, value: unknown): void {
  const seq = doc.getIn(path);
  if (isSeq(seq)) {
    seq.items.push(styledNode(doc, value));
  } else {
    doc.setIn(path, styledNode(doc, [value]));
  }
}

/** Points an existing edge at another node. */
export function reconnect(doc: Document, exit: Exit, target: string): void {
  doc.setIn(exit.path, target);
}

/** English companions and the key they are written after when first added. */
const companionOf: Record<string, string> = { 'name-en': 'name', 'step-en': 'step' };

/** Sets (or, for empty values, removes) one value under a node or the matter. A new English
 * companion (`name-en`, `step-en`) goes right after its Chinese key, where a reader looks for it. */
export function setValue(doc: Document, path: Path, value: unknown): void {
  const empty = value === undefined || value === '' || value === null || (Array.isArray(value) && value.length === 0);
  if (empty) {
    if (doc.hasIn(path)) {
      doc.deleteIn(path);
    }
    return;
  }
  const node = value !== null && typeof value === 'object' ? styledNode(doc, value) : value;
  const key = path[path.length - 1];
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1)) : doc.contents;
  const after = typeof key === 'string' ? companionOf[key] : undefined;
  if (after && isMap(parent) && !parent.has(key)) {
    const at = parent.items.findIndex((p) => (isScalar(p.key) ? p.key.value : p.key) === after);
    if (at >= 0) {
      parent.items.splice(at + 1, 0, doc.createPair(key, node));
      return;
    }
  }
  doc.setIn(path, node);
}

/** Renames a node and every reference to it, including `nodes.<id>` in expressions. */
export function renameNode(doc: Document, from: string, to: string): boolean {
  const nodes = doc.get('nodes');
  if (!isMap(nodes) || from === to || nodeIds(doc).includes(to)) {
    return false;
  }
  const pair = nodes.items.find((p: Pair) => (isScalar(p.key) ? p.key.value : p.key) === from);
  if (!pair) {
    return false;
  }
  const definition = doc.toJS() as { nodes?: Record<string, DefinitionNode> };
  const incoming = exitsOfDefinition(definition).filter((e) => e.target === from);
  if (isScalar(pair.key)) {
    pair.key.value = to;
  } else {
    pair.key = doc.createNode(to);
  }
  for (const e of incoming) {
    const path = e.source === from ? ['nodes', to, ...e.path.slice(2)] : e.path;
    doc.setIn(path, to);
  }
  if (doc.get('start') === from) {
    doc.set('start', to);
  }
  const dotted = new RegExp(`nodes\\.${from.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');
  const bracketed = `nodes["${from}"]`;
  const target = /^[a-z_][a-z0-9_]*$/.test(to) ? `nodes.${to}` : `nodes["${to}"]`;
  visit(doc, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.includes('nodes')) {
        scalar.value = scalar.value.replace(dotted, target).split(bracketed).join(target);
      }
    },
  });
  return true;
}

/** Adds copies of nodes (from the clipboard) with fresh ids; references among the copies follow
 * the copies, references to other nodes stay. Answers old id → new id. */
export function pasteNodes(doc: Document, copies: Record<string, DefinitionNode>): Record<string, string> {
  const renamed: Record<string, string> = {};
  const nodes = ensureNodesMap(doc);
  for (const id of Object.keys(copies)) {
    renamed[id] = uniqueNodeId(doc, `${id}-copy`);
    nodes.set(doc.createNode(renamed[id]), doc.createNode({}));
  }
  for (const [id, original] of Object.entries(copies)) {
    const copy = structuredClone(original);
    const holder = new Document({ nodes: { [id]: copy } });
    for (const e of exitsOf(id, copy)) {
      if (e.target in renamed) {
        holder.setIn(e.path, renamed[e.target]);
      }
    }
    const remapped = (holder.toJS() as { nodes: Record<string, DefinitionNode> }).nodes[id];
    nodes.set(doc.createNode(renamed[id]), styledNode(doc, remapped, remapped.type !== 'end'));
  }
  return renamed;
}
