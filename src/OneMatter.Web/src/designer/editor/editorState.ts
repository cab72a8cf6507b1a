import type { Document } from 'yaml';
import { parseDefinition, writeDefinition, type ParsedDefinition, type YamlProblem } from '../model/definitionDocument';
import type { Definition, Positions } from '../model/definitionTypes';
import { positionsFor } from '../model/quickLayout';
import { nodeRanges, type NodeRange } from '../model/yamlRanges';

/** One undoable state: the text and the arrangement that went with it. */
interface Snapshot {
  text: string;
  positions: Positions;
}

/** What an edit may ask for besides the YAML change: where nodes go and what gets selected. */
export interface EditEffect {
  positions?: Positions;
  renamed?: Record<string, string>;
  select?: string[];
}

export interface EditorState {
  /** The YAML text as the designer sees it, even when it does not parse. */
  text: string;
  /** The last text that parsed, its Document, data view and node ranges: the canvas shows these.
   * A definition opened from the server's JSON has no Document yet: the canvas draws from the
   * data at once and the text is parsed after the first paint ('parsed'), or by the first edit. */
  doc: Document | null;
  definition: Definition;
  ranges: NodeRange[];
  /** YAML syntax problems of `text` when it does not parse. */
  syntax: YamlProblem[];
  positions: Positions;
  selection: string[];
  past: Snapshot[];
  future: Snapshot[];
  /** Whether the last history entry came from typing, so a burst of keystrokes is one undo step. */
  typing: boolean;
  /** The text last saved or loaded, to tell unsaved work. */
  savedText: string;
}

export type EditorAction =
  | { type: 'load'; text: string; positions?: Positions }
  | { type: 'edit'; change: (doc: Document) => EditEffect | void }
  | { type: 'type'; text: string }
  | { type: 'move'; positions: Positions }
  | { type: 'arrange'; positions: Positions }
  | { type: 'select'; ids: string[] }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; text: string }
  | { type: 'parsed' };

const historyLimit = 200;

/** Takes a text in: when it parses it becomes what the canvas shows, positions kept by id. */
function takeText(state: EditorState, text: string, positions: Positions, parsed: ParsedDefinition = parseDefinition(text)): EditorState {
  if (!parsed.definition) {
    return { ...state, text, syntax: parsed.problems };
  }
  const ids = new Set(Object.keys(parsed.definition.nodes ?? {}));
  return {
    ...state,
    text,
    doc: parsed.doc,
    definition: parsed.definition,
    ranges: nodeRanges(parsed.doc, text),
    syntax: [],
    positions: positionsFor(parsed.definition, positions),
    selection: state.selection.filter((id) => ids.has(id)),
  };
}

function remember(state: EditorState): Snapshot[] {
  return [...state.past.slice(-historyLimit + 1), { text: state.text, positions: state.positions }];
}

export function initialEditorState(text: string, positions: Positions = {}): EditorState {
  const parsed = parseDefinition(text);
  const empty: EditorState = {
    text,
    doc: parsed.doc,
    definition: parsed.definition ?? {},
    ranges: [],
    syntax: parsed.problems,
    positions: {},
    selection: [],
    past: [],
    future: [],
    typing: false,
    savedText: text,
  };
  return takeText(empty, text, positions, parsed);
}

/** A definition whose data came with it (the server's JSON form of the published version): no
 * YAML is parsed before the canvas draws; `text` is parsed later by the 'parsed' action. */
export function openedEditorState(text: string, definition: Definition, positions: Positions = {}): EditorState {
  return {
    text,
    doc: null,
    definition,
    ranges: [],
    syntax: [],
    positions: positionsFor(definition, positions),
    selection: [],
    past: [],
    future: [],
    typing: false,
    savedText: text,
  };
}

/** The state with the Document of its text, parsing it now if it was opened without one. Data
 * equal to what the canvas shows keeps its object, so the canvas is not rebuilt for it. */
function withDocument(state: EditorState): EditorState {
  if (state.doc) {
    return state;
  }
  const parsed = parseDefinition(state.text);
  const next = takeText(state, state.text, state.positions, parsed);
  if (!next.doc) {
    return { ...next, doc: parsed.doc };
  }
  return JSON.stringify(next.definition) === JSON.stringify(state.definition) ? { ...next, definition: state.definition } : next;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return initialEditorState(action.text, action.positions ?? state.positions);
    case 'edit': {
      // Edits work on a clone: the reducer stays pure (React may run it twice) and the previous
      // Document stays valid for undo.
      state = withDocument(state);
      const doc = state.doc!.clone();
      const effect = action.change(doc) ?? {};
      const text = writeDefinition(doc, state.text);
      if (text === state.text && !effect.positions && !effect.select) {
        return state;
      }
      let positions = { ...state.positions, ...effect.positions };
      for (const [from, to] of Object.entries(effect.renamed ?? {})) {
        if (positions[from]) {
          positions = { ...positions, [to]: positions[from] };
        }
      }
      const next = takeText({ ...state, past: remember(state), future: [], typing: false }, text, positions);
      return effect.select ? { ...next, selection: effect.select } : next;
    }
    case 'type': {
      if (action.text === state.text) {
        return state;
      }
      const past = state.typing ? state.past : remember(state);
      return { ...takeText(state, action.text, state.positions), past, future: [], typing: true };
    }
    case 'move':
      return { ...state, positions: { ...state.positions, ...action.positions } };
    case 'arrange':
      return { ...state, past: remember(state), future: [], typing: false, positions: { ...state.positions, ...action.positions } };
    case 'select':
      return sameIds(state.selection, action.ids) ? state : { ...state, selection: action.ids };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) {
        return state;
      }
      const future = [{ text: state.text, positions: state.positions }, ...state.future];
      return { ...takeText(state, previous.text, previous.positions), past: state.past.slice(0, -1), future, typing: false };
    }
    case 'redo': {
      const following = state.future[0];
      if (!following) {
        return state;
      }
      return { ...takeText(state, following.text, following.positions), past: remember(state), future: state.future.slice(1), typing: false };
    }
    case 'saved':
      return { ...state, savedText: action.text };
    case 'parsed':
      return withDocument(state);
  }
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
