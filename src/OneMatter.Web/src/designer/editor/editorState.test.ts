import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNode, connect } from '../model/canvasEdits';
import { parse } from 'yaml';
import type { Definition } from '../model/definitionTypes';
import { editorReducer, initialEditorState, openedEditorState } from './editorState';

const ruralHousing = readFileSync(join(process.cwd(), '..', '..', 'workflows', 'rural-housing.yaml'), 'utf8');

describe('editor state: canvas and YAML stay in sync', () => {
  it('a canvas edit rewrites the YAML and keeps the arrangement', () => {
    let s = initialEditorState(ruralHousing, { land: { x: 1, y: 2 } });
    s = editorReducer(s, { type: 'edit', change: (doc) => ({ positions: { [addNode(doc, 'notify', '告知', 'tell')]: { x: 5, y: 6 } }, select: ['tell'] }) });
    expect(s.text).toContain('  tell:\n    type: notify');
    expect(s.definition.nodes!.tell.type).toBe('notify');
    expect(s.positions.tell).toEqual({ x: 5, y: 6 });
    expect(s.positions.land).toEqual({ x: 1, y: 2 });
    expect(s.selection).toEqual(['tell']);
  });

  it('typed YAML rebuilds the canvas when it parses and keeps the last good one when not', () => {
    let s = initialEditorState(ruralHousing, { land: { x: 1, y: 2 } });
    s = editorReducer(s, { type: 'type', text: ruralHousing.replace('name: 用地审查', 'name: 用地预审') });
    expect(s.definition.nodes!.land.name).toBe('用地预审');
    expect(s.positions.land).toEqual({ x: 1, y: 2 });
    const broken = s.text.replace('nodes:', 'nodes: [');
    s = editorReducer(s, { type: 'type', text: broken });
    expect(s.text).toBe(broken);
    expect(s.syntax.length).toBeGreaterThan(0);
    expect(s.definition.nodes!.land.name).toBe('用地预审');
  });

  it('undoes and redoes canvas edits; a burst of typing is one step', () => {
    let s = initialEditorState(ruralHousing);
    s = editorReducer(s, { type: 'edit', change: (doc) => void connect(doc, 'notice', 'approve') });
    expect(s.definition.nodes!.notice.next).toBe('approve');
    s = editorReducer(s, { type: 'type', text: s.text.replace('name: 村级公示', 'name: 村级公') });
    s = editorReducer(s, { type: 'type', text: s.text.replace('name: 村级公', 'name: 村级公告') });
    s = editorReducer(s, { type: 'undo' });
    expect(s.definition.nodes!.notice.name).toBe('村级公示');
    expect(s.definition.nodes!.notice.next).toBe('approve');
    s = editorReducer(s, { type: 'undo' });
    expect(s.definition.nodes!.notice.next).toBe('review-done');
    expect(s.text).toBe(ruralHousing);
    s = editorReducer(s, { type: 'redo' });
    expect(s.definition.nodes!.notice.next).toBe('approve');
  });

  it('maps node ranges for the current text', () => {
    const s = initialEditorState(ruralHousing);
    expect(s.ranges.map((r) => r.id)).toEqual(Object.keys(s.definition.nodes!));
  });
});

describe('editor state opened from the server\'s JSON', () => {
  // What GET /api/definitions/{id}?format=json carries: the YAML tree as data.
  const json = () => JSON.parse(JSON.stringify(parse(ruralHousing))) as Definition;

  it('shows the data at once and parses the YAML only when asked, keeping the data object when equal', () => {
    const definition = json();
    let s = openedEditorState(ruralHousing, definition, { land: { x: 1, y: 2 } });
    expect(s.doc).toBeNull();
    expect(s.definition).toBe(definition);
    expect(s.positions.land).toEqual({ x: 1, y: 2 });
    expect(Object.keys(s.positions).sort()).toEqual(Object.keys(definition.nodes!).sort());
    s = editorReducer(s, { type: 'parsed' });
    expect(s.doc).not.toBeNull();
    expect(s.definition).toBe(definition);
    expect(s.ranges.map((r) => r.id)).toEqual(Object.keys(definition.nodes!));
    expect(editorReducer(s, { type: 'parsed' })).toBe(s);
  });

  it('takes the parsed data when the JSON differed', () => {
    const definition = json();
    definition.nodes!.land.name = '别的名字';
    const s = editorReducer(openedEditorState(ruralHousing, definition), { type: 'parsed' });
    expect(s.definition.nodes!.land.name).toBe('用地审查');
  });

  it('parses on the spot for an edit made before the idle parse', () => {
    let s = openedEditorState(ruralHousing, json());
    s = editorReducer(s, { type: 'edit', change: (doc) => void connect(doc, 'notice', 'approve') });
    expect(s.doc).not.toBeNull();
    expect(s.definition.nodes!.notice.next).toBe('approve');
    expect(s.text).toContain('# ① 申请受理');
    s = editorReducer(s, { type: 'undo' });
    expect(s.text).toBe(ruralHousing);
  });
});
