import type { Definition, DefinitionNode } from './definitionTypes';

/** What kind of reference an edge stands for; the canvas draws them differently. */
export type ExitKind = 'next' | 'outcome' | 'branch' | 'condition' | 'default' | 'timeout' | 'result' | 'join';

/** One node reference of the definition, seen as an edge. `path` is where the target id sits in
 * the YAML (under nodes.<source>), so edits on the edge are edits of exactly that scalar. */
export interface Exit {
  id: string;
  source: string;
  target: string;
  kind: ExitKind;
  path: (string | number)[];
  label?: string;
}

function exit(source: string, target: string | undefined, kind: ExitKind, path: (string | number)[], label?: string): Exit | undefined {
  if (typeof target !== 'string' || target === '') {
    return undefined;
  }
  return { id: `${source}>${path.join('.')}`, source, target, kind, path: ['nodes', source, ...path], label };
}

/** Every way out of one node, in the order the YAML lists them. */
export function exitsOf(id: string, node: DefinitionNode): Exit[] {
  const found: (Exit | undefined)[] = [];
  for (const [key, outcome] of Object.entries(node.outcomes ?? {})) {
    if (typeof outcome === 'string') {
      found.push(exit(id, outcome, 'outcome', ['outcomes', key], key));
    } else if (outcome && typeof outcome === 'object') {
      found.push(exit(id, outcome.next, 'outcome', ['outcomes', key, 'next'], outcome.label ?? key));
    }
  }
  (node.branches ?? []).forEach((branch, index) => {
    if (typeof branch === 'string') {
      found.push(exit(id, branch, 'branch', ['branches', index]));
    } else if (branch && typeof branch === 'object') {
      found.push(exit(id, branch.node, 'branch', ['branches', index, 'node'], branch.when));
    }
  });
  (node.conditions ?? []).forEach((condition, index) => {
    found.push(exit(id, condition?.next, 'condition', ['conditions', index, 'next'], condition?.when));
  });
  found.push(exit(id, node.default, 'default', ['default'], '否则'));
  for (const [result, target] of Object.entries(node.results ?? {})) {
    found.push(exit(id, target, 'result', ['results', result], result));
  }
  found.push(exit(id, node.next, 'next', ['next']));
  found.push(exit(id, node.timeout?.next, 'timeout', ['timeout', 'next'], node.timeout?.after ? `超时 ${node.timeout.after}` : '超时'));
  if (node.type === 'parallel') {
    found.push(exit(id, node.join, 'join', ['join'], '汇聚'));
  }
  return found.filter((e): e is Exit => e !== undefined);
}

/** All edges of a definition; references to nodes that do not exist are left out (the validator
 * reports them, and the canvas has nothing to point at). */
export function exitsOfDefinition(definition: Definition): Exit[] {
  const nodes = definition.nodes ?? {};
  const all: Exit[] = [];
  for (const [id, node] of Object.entries(nodes)) {
    if (node && typeof node === 'object') {
      for (const e of exitsOf(id, node)) {
        if (e.target in nodes) {
          all.push(e);
        }
      }
    }
  }
  return all;
}
