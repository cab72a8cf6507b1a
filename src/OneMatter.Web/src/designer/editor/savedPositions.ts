import type { Positions } from '../model/definitionTypes';

// Node positions are the designer's arrangement, not part of the definition (the engine has no
// use for them), so they stay in the browser, per definition id.

const key = (id: string) => `onematter.designer.positions.${id}`;

export function loadPositions(id: string): Positions {
  try {
    const raw = localStorage.getItem(key(id));
    return raw ? (JSON.parse(raw) as Positions) : {};
  } catch {
    return {};
  }
}

export function storePositions(id: string, positions: Positions): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(positions));
  } catch {
    // storage full or disabled: the arrangement is simply not remembered
  }
}
