import type { Definition, DefinitionNode } from './definitionTypes';
import { exitsOf, type Exit } from './flowEdges';

// A browser-side walk through a definition on a simulated clock, for the designer to see the
// paths: guards are not evaluated (the designer picks the way out), time is counted in working
// days from durations and deadlines, joins wait for their branches. The engine's own simulation
// (onematter simulate) remains the reference for real calendars.

export interface SimToken {
  id: number;
  node: string;
  /** Working day the token arrived at its node. */
  at: number;
}

export interface SimStep {
  day: number;
  node: string;
  via?: string;
}

export interface SimState {
  tokens: SimToken[];
  /** Arrivals waiting at each join, and the latest of their times (the join fires then). */
  waiting: Record<string, { count: number; at: number }>;
  log: SimStep[];
  clock: number;
  ended?: string;
  nextId: number;
}

/** Working days a duration text stands for: `5 working days`, `3 days`, `4 working hours`, `15个工作日`. */
export function durationDays(text: string | undefined): number {
  if (!text) return 0;
  const n = parseFloat(text);
  if (Number.isNaN(n)) return 0;
  return /hour|小时/.test(text) ? n / 8 : n;
}

function stay(node: DefinitionNode | undefined): number {
  if (!node) return 0;
  if (node.type === 'task') return durationDays(node.deadline);
  if (node.type === 'timer') return durationDays(node.duration);
  return 0;
}

export function startSimulation(definition: Definition): SimState {
  const start = definition.start ?? '';
  return { tokens: [{ id: 1, node: start, at: 0 }], waiting: {}, log: [{ day: 0, node: start }], clock: 0, nextId: 2 };
}

/** The ways out a token may take now (a timeout is offered beside the outcomes). */
export function choicesFor(definition: Definition, token: SimToken): Exit[] {
  const node = definition.nodes?.[token.node];
  if (!node) return [];
  return exitsOf(token.node, node).filter((e) => e.kind !== 'join' && e.kind !== 'branch' && e.target in (definition.nodes ?? {}));
}

/** How many arrivals a join waits for: its split's branches (all), one (any) or `count`. */
function arrivalsNeeded(definition: Definition, joinId: string): number {
  const join = definition.nodes?.[joinId];
  if (join?.mode === 'any') return 1;
  if (join?.mode === 'count') return join.count ?? 1;
  const split = Object.values(definition.nodes ?? {}).find((n) => n?.type === 'parallel' && n.join === joinId);
  return split?.branches?.length ?? 1;
}

/** Moves one token into `target`, running through splits, joins and ends, which need no choice. */
function arrive(definition: Definition, state: SimState, target: string, at: number, via?: string): SimState {
  const node = definition.nodes?.[target];
  let next: SimState = { ...state, clock: Math.max(state.clock, at), log: [...state.log, { day: at, node: target, via }] };
  if (!node) return next;
  if (node.type === 'end') {
    return node.terminate === false ? next : { ...next, tokens: [], ended: node.result ?? 'closed' };
  }
  if (node.type === 'parallel') {
    for (const branch of node.branches ?? []) {
      next = arrive(definition, next, typeof branch === 'string' ? branch : branch.node, at);
    }
    return next;
  }
  if (node.type === 'join') {
    const count = (next.waiting[target]?.count ?? 0) + 1;
    const latest = Math.max(at, next.waiting[target]?.at ?? 0);
    if (count < arrivalsNeeded(definition, target)) {
      return { ...next, waiting: { ...next.waiting, [target]: { count, at: latest } } };
    }
    const waiting = { ...next.waiting, [target]: { count: 0, at: 0 } };
    return node.next ? arrive(definition, { ...next, waiting }, node.next, latest) : { ...next, waiting };
  }
  return { ...next, tokens: [...next.tokens, { id: next.nextId, node: target, at }], nextId: next.nextId + 1 };
}

/** Takes a way out for one token; the token leaves after the node's time (deadline or duration). */
export function advance(definition: Definition, state: SimState, tokenId: number, exit: Exit): SimState {
  const token = state.tokens.find((t) => t.id === tokenId);
  if (!token || state.ended) return state;
  const node = definition.nodes?.[token.node];
  const leaves = token.at + (exit.kind === 'timeout' ? durationDays(node?.timeout?.after) : stay(node));
  const rest = { ...state, tokens: state.tokens.filter((t) => t.id !== tokenId) };
  return arrive(definition, rest, exit.target, leaves, exit.label);
}

/** A token's start when the start node is itself a split or a join (rare, but legal). */
export function settle(definition: Definition, state: SimState): SimState {
  const [first] = state.tokens;
  const kind = first && definition.nodes?.[first.node]?.type;
  if (kind === 'parallel' || kind === 'end') {
    return arrive(definition, { ...state, tokens: [], log: [] }, first.node, 0);
  }
  return state;
}
