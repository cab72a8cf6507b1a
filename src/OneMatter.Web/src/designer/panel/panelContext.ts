import { createContext, useContext } from 'react';
import type { Document } from 'yaml';
import type { Unit } from '../../api/types';
import type { EditEffect } from '../editor/editorState';
import type { Definition } from '../model/definitionTypes';

type Path = (string | number)[];

/** What every properties editor needs: the definition it shows and the ways to change it. */
export interface PanelContextValue {
  definition: Definition;
  units: Unit[];
  readOnly: boolean;
  /** Sets one value (empty values remove the key). */
  set: (path: Path, value: unknown) => void;
  /** Any other change of the Document. */
  edit: (change: (doc: Document) => EditEffect | void) => void;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel outside PanelContext');
  return value;
}
