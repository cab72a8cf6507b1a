import type { Holder, Step } from '../api/types';

export interface VisibleStep { name: string; state: 'finish' | 'process' }

/** The applicant-visible steps (a node's `step`, e.g. 申请受理 → 联合审查 → 审批发证) in the order the
 * matter reached them; a step is in process while any unit holds work of it, else finished.
 * Nodes without a step are engine detail and not shown. */
export function visibleSteps(steps: Step[], holding: Holder[]): VisibleStep[] {
  const order: string[] = [];
  for (const s of [...steps].sort((a, b) => a.at.localeCompare(b.at))) if (s.step && !order.includes(s.step)) order.push(s.step);
  const open = new Set(holding.map((h) => h.step).filter((s): s is string => !!s));
  for (const s of open) if (!order.includes(s)) order.push(s);
  return order.map((name) => ({ name, state: open.has(name) ? 'process' : 'finish' }));
}
