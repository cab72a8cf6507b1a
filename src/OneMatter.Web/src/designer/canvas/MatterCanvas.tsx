import {
  applyEdgeChanges,
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
} from '@xyflow/react';
import { Button, Space, Tooltip } from 'antd';
import {
  ApartmentOutlined,
  CopyOutlined,
  DeleteOutlined,
  RedoOutlined,
  SnippetsOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Document } from 'yaml';
import type { EditEffect } from '../editor/editorState';
import { useDesignerText } from '../i18n/designerText';
import { addNode, connect, pasteNodes, reconnect, removeExits, removeNodes } from '../model/canvasEdits';
import type { Definition, NodeKind, Positions } from '../model/definitionTypes';
import { elkLayout } from '../model/elkLayout';
import { toFlowEdges, toFlowNodes, type CanvasMarks, type MatterFlowEdge, type MatterFlowNode } from '../model/flowGraph';
import { copiedNodes, copyNodes } from './canvasClipboard';
import { nodesChangeHandler, withSelection } from './canvasSelection';
import { MatterNodeView } from './MatterNodeView';
import { paletteMime } from './NodePalette';

const nodeTypes = { matter: MatterNodeView };
/** What the canvas fits on opening: the whole matter, or for a long one its beginning (at most 15
 * nodes of the first three columns or so, which fit a narrow canvas at the least zoom, so the start
 * is in view and names stay legible); the minimap shows the rest. */
function openingView(nodes: MatterFlowNode[]) {
  let beginning: { id: string }[] | undefined;
  if (nodes.length > 40) {
    const left = Math.min(...nodes.map((n) => n.position.x));
    beginning = nodes
      .filter((n) => n.position.x <= left + 800)
      .sort((a, b) => a.position.x - b.position.x)
      .slice(0, 15)
      .map((n) => ({ id: n.id }));
  }
  return { minZoom: 0.45, maxZoom: 1, nodes: beginning };
}

export interface CanvasCommands {
  edit: (change: (doc: Document) => EditEffect | void) => void;
  move: (positions: Positions) => void;
  arrange: (positions: Positions) => void;
  select: (ids: string[]) => void;
  undo: () => void;
  redo: () => void;
}

interface MatterCanvasProps {
  definition: Definition;
  positions: Positions;
  marks: CanvasMarks;
  selection: string[];
  readOnly?: boolean;
  commands: CanvasCommands;
  /** A node to bring into view (from the error list); the nonce repeats a focus on the same node. */
  focus?: { id: string; nonce: number };
  /** Set on the definition's own canvas (not a diff): marks when it first shows the definition. */
  markReady?: boolean;
}

/** The performance mark set once the canvas first shows a definition (every node placed and
 * sized, those in view rendered and painted); tests/OneMatter.Web.Benchmarks times opening by it. */
export const readyMark = 'om:designer:ready';

/** Sets {@link readyMark} after the frame that paints the first complete view: xyflow reports its
 * nodes initialized when each has a size, and the viewport is fitted by then. */
function useReadyMark(enabled: boolean | undefined, id: string | undefined, count: number) {
  const initialized = useNodesInitialized();
  const marked = useRef(false);
  useEffect(() => {
    if (!enabled || marked.current || !initialized || count === 0) return;
    marked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark(readyMark, { detail: { id, nodes: count } })));
  }, [enabled, initialized, id, count]);
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/** The flow canvas: the definition's nodes and references, edited by drag, connect, delete,
 * copy/paste and undo/redo; every edit goes to the YAML Document through `commands.edit`. */
export function MatterCanvas({ definition, positions, marks, selection, readOnly, commands, focus, markReady }: MatterCanvasProps) {
  const t = useDesignerText();
  const flow = useReactFlow<MatterFlowNode, MatterFlowEdge>();
  const built = useMemo(() => toFlowNodes(definition, positions, marks), [definition, positions, marks]);
  const builtEdges = useMemo(() => toFlowEdges(definition, marks), [definition, marks]);
  const [nodes, setNodes] = useState<MatterFlowNode[]>(built);
  const [edges, setEdges] = useState<MatterFlowEdge[]>(builtEdges);
  const [layouting, setLayouting] = useState(false);
  const [fitViewOptions] = useState(() => openingView(built));
  useReadyMark(markReady, definition.id, nodes.length);

  // The selection is ours (see canvasSelection.ts): the latest one, also between a click's
  // dispatch and the render that brings it back as `selection`.
  const selectionRef = useRef(selection);
  useLayoutEffect(() => {
    selectionRef.current = selection;
  }, [selection]);
  useEffect(() => setNodes((current) => withSelection(current, built, selection)), [built, selection]);
  useEffect(() => setEdges(builtEdges), [builtEdges]);

  useEffect(() => {
    const target = focus && flow.getNode(focus.id);
    if (target) {
      void flow.setCenter(target.position.x + 100, target.position.y + 40, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
    }
  }, [focus, flow]);

  const onNodesChange = useMemo(() => nodesChangeHandler(selectionRef, commands.select, setNodes), [commands]);
  const onEdgesChange = useCallback((changes: EdgeChange<MatterFlowEdge>[]) => {
    setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), current));
  }, []);

  const deleteItems = useCallback(
    (gone: { nodes: MatterFlowNode[]; edges: MatterFlowEdge[] }) => {
      if (readOnly || (gone.nodes.length === 0 && gone.edges.length === 0)) return;
      const ids = gone.nodes.map((n) => n.id);
      const removed = new Set(ids);
      commands.edit((doc) => {
        removeExits(doc, gone.edges.map((e) => e.data!.exit).filter((x) => !removed.has(x.source) && !removed.has(x.target)));
        removeNodes(doc, ids);
        return { select: [] };
      });
    },
    [commands, readOnly],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (!readOnly) commands.edit((doc) => void connect(doc, c.source, c.target));
    },
    [commands, readOnly],
  );
  const onReconnect = useCallback(
    (old: MatterFlowEdge, c: Connection) => {
      if (!readOnly && c.source === old.source && old.data) commands.edit((doc) => reconnect(doc, old.data!.exit, c.target));
    },
    [commands, readOnly],
  );

  const addAt = useCallback(
    (kind: NodeKind, position: { x: number; y: number }) => {
      commands.edit((doc) => {
        const id = addNode(doc, kind, t(`kind.${kind}`));
        return { positions: { [id]: position }, select: [id] };
      });
    },
    [commands, t],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(paletteMime) as NodeKind;
      if (!kind || readOnly) return;
      event.preventDefault();
      addAt(kind, flow.screenToFlowPosition({ x: event.clientX - 100, y: event.clientY - 30 }));
    },
    [addAt, flow, readOnly],
  );

  const copy = useCallback(() => {
    const picked = nodes.filter((n) => n.selected).map((n) => n.id);
    if (picked.length === 0) return;
    copyNodes({
      nodes: Object.fromEntries(picked.map((id) => [id, definition.nodes![id]])),
      positions: Object.fromEntries(picked.map((id) => [id, positions[id]])),
    });
  }, [nodes, definition, positions]);
  const paste = useCallback(() => {
    const clip = copiedNodes();
    if (!clip || readOnly) return;
    commands.edit((doc) => {
      const renamed = pasteNodes(doc, clip.nodes);
      const placed: Positions = {};
      for (const [from, to] of Object.entries(renamed)) {
        const p = clip.positions[from] ?? { x: 0, y: 0 };
        placed[to] = { x: p.x + 40, y: p.y + 40 };
      }
      return { positions: placed, select: Object.values(renamed) };
    });
  }, [commands, readOnly]);
  const removeSelected = useCallback(
    () => deleteItems({ nodes: nodes.filter((n) => n.selected), edges: edges.filter((e) => e.selected) }),
    [deleteItems, nodes, edges],
  );

  const layout = useCallback(async () => {
    setLayouting(true);
    try {
      commands.arrange(await elkLayout(definition));
      window.setTimeout(() => void flow.fitView({ duration: 300 }), 50);
    } finally {
      setLayouting(false);
    }
  }, [commands, definition, flow]);

  // On the window, not the canvas element: after a deletion the focused node is gone and focus
  // falls back to the body, and undo must still work. Inputs and the YAML view keep their own.
  const onKeyDown = useCallback(
    (event: globalThis.KeyboardEvent) => {
      if (isTyping(event.target) || !(event.ctrlKey || event.metaKey) || readOnly) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) commands.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') commands.redo();
      else if (key === 'c') copy();
      else if (key === 'v') paste();
      else return;
      event.preventDefault();
    },
    [commands, copy, paste, readOnly],
  );
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onKeyDown]);

  /** A connection dropped on a node's body rather than on its handle still connects to it. */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (readOnly || state.isValid || !state.fromNode) return;
      const target = (event.target as Element | null)?.closest?.('.react-flow__node')?.getAttribute('data-id');
      const source = state.fromNode.id;
      if (target && target !== source) commands.edit((doc) => void connect(doc, source, target));
    },
    [commands, readOnly],
  );

  return (
    <div className="om-canvas" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <ReactFlow<MatterFlowNode, MatterFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onDelete={deleteItems}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        connectionRadius={30}
        onReconnect={onReconnect}
        onNodeDragStop={(_, __, dragged) => commands.move(Object.fromEntries(dragged.map((n) => [n.id, n.position])))}
        isValidConnection={(c) => c.source !== c.target}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        onlyRenderVisibleElements
        minZoom={0.1}
        fitView
        fitViewOptions={fitViewOptions}
      >
        <Background gap={20} />
        <MiniMap pannable zoomable nodeColor={(n) => (n.data as MatterFlowNode['data']).colour} />
        <Controls />
        {!readOnly && (
          <Panel position="top-left">
            <Space.Compact>
              <Tooltip title={`${t('toolbar.undo')} (Ctrl+Z)`}><Button icon={<UndoOutlined />} onClick={commands.undo} aria-label={t('toolbar.undo')} /></Tooltip>
              <Tooltip title={`${t('toolbar.redo')} (Ctrl+Y)`}><Button icon={<RedoOutlined />} onClick={commands.redo} aria-label={t('toolbar.redo')} /></Tooltip>
              <Tooltip title={`${t('toolbar.copy')} (Ctrl+C)`}><Button icon={<CopyOutlined />} onClick={copy} aria-label={t('toolbar.copy')} /></Tooltip>
              <Tooltip title={`${t('toolbar.paste')} (Ctrl+V)`}><Button icon={<SnippetsOutlined />} onClick={paste} aria-label={t('toolbar.paste')} /></Tooltip>
              <Tooltip title={`${t('toolbar.delete')} (Delete)`}><Button icon={<DeleteOutlined />} onClick={removeSelected} aria-label={t('toolbar.delete')} /></Tooltip>
              <Button icon={<ApartmentOutlined />} loading={layouting} onClick={() => void layout()}>
                {layouting ? t('toolbar.layouting') : t('toolbar.layout')}
              </Button>
            </Space.Compact>
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}
