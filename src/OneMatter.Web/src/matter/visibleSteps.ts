import type { Holder, Step } from '../api/types';

/** An applicant-visible step: its Chinese name (the key), its English name when the definition
 * gives one, and whether it is finished or in process. */
export interface VisibleStep { name: string; nameEn?: string; state: 'finish' | 'process' }

/** The applicant-visible steps (a node's `step`, e.g. 申请受理 → 联合审查 → 审批发证) in the order the
 * matter reached them; a step is in process while any unit holds work of it, else finished.
 * Nodes without a step are engine detail and not shown. A step's English name (`step-en`) is
 * the first one any of its nodes gives. */
export function visibleSteps(steps: Step[], holding: Holder[]): VisibleStep[] {
  const order: string[] = [];
  const english = new Map<string, string>();
  const see = (step: string | null | undefined, stepEn: string | null | undefined) => {
    if (!step) return;
    if (!order.includes(step)) order.push(step);
    if (stepEn && !english.has(step)) english.set(step, stepEn);
  };
  for (const s of [...steps].sort((a, b) => a.at.localeCompare(b.at))) see(s.step, s.stepEn);
  for (const h of holding) see(h.step, h.stepEn);
  const open = new Set(holding.map((h) => h.step).filter((s): s is string => !!s));
  return order.map((name) => {
    const nameEn = english.get(name);
    return { name, ...(nameEn ? { nameEn } : {}), state: open.has(name) ? 'process' : 'finish' };
  });
}
