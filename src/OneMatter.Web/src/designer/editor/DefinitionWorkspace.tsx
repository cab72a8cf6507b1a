import { ArrowLeftOutlined, CloudUploadOutlined, CodeOutlined, DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { App, Button, Space, Splitter, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { definitionsApi } from '../api/definitionsApi';
import type { DefinitionError } from '../api/definitionTypes';
import { useUnits } from '../api/useUnits';
import { MatterCanvas, type CanvasCommands } from '../canvas/MatterCanvas';
import { NodePalette } from '../canvas/NodePalette';
import { useDesignerText } from '../i18n/designerText';
import { addNode, setValue } from '../model/canvasEdits';
import type { Definition, FormField, NodeKind } from '../model/definitionTypes';
import type { CanvasMarks } from '../model/flowGraph';
import { placeNodes } from '../model/quickLayout';
import { FieldsEditor } from '../panel/FieldsEditor';
import { PanelContext, type PanelContextValue } from '../panel/panelContext';
import { PropertiesPanel } from '../panel/PropertiesPanel';
import { SimulationPanel } from '../simulation/SimulationPanel';
import type { DiffView } from '../versions/diffView';
import { VersionsPanel } from '../versions/VersionsPanel';
import { editorReducer, initialEditorState, openedEditorState } from './editorState';
import { errorsByNode } from './errorsByNode';
import { loadPositions, storePositions } from './savedPositions';
import { useLiveValidation } from './useLiveValidation';
import { ValidationBar } from './ValidationBar';

// CodeMirror is a chunk of its own, created after the canvas has painted: opening a definition
// shows the canvas first and the YAML a moment later.
const YamlView = lazy(() => import('../yaml/YamlView').then((m) => ({ default: m.YamlView })));

/** False for the first frame after mounting, then true: what can wait until the canvas is shown. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** Runs `work` once the browser is idle (or after `timeout` ms at the latest). */
function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(work, 1);
  return () => window.clearTimeout(timer);
}

interface WorkspaceProps {
  id: string;
  text: string;
  /** The text's data, when the server sent it as JSON: the canvas then draws before any parsing. */
  definition?: Definition | null;
  hasDraft: boolean;
  published: boolean;
  retired: boolean;
}

/** One definition open in the designer: palette, canvas, YAML and properties side by side, all
 * views of one YAML Document in the editor state. */
function Workspace({ id, text: initialText, definition: initialDefinition, hasDraft, published, retired: initiallyRetired }: WorkspaceProps) {
  const t = useDesignerText();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const flow = useReactFlow();
  const units = useUnits();
  const [state, dispatch] = useReducer(editorReducer, undefined, () =>
    initialDefinition ? openedEditorState(initialText, initialDefinition, loadPositions(id)) : initialEditorState(initialText, loadPositions(id)),
  );
  const [showYaml, setShowYaml] = useState(true);
  const [tab, setTab] = useState('properties');
  const [draft, setDraft] = useState(hasDraft);
  const [retired, setRetired] = useState(initiallyRetired);
  const [refreshKey, setRefreshKey] = useState(0);
  const [diffView, setDiffView] = useState<DiffView | null>(null);
  const [tokens, setTokens] = useState<Set<string> | undefined>();
  const [focus, setFocus] = useState<{ id: string; nonce: number }>();
  const [reveal, setReveal] = useState<{ line: number; nonce: number }>();
  const validation = useLiveValidation(state.text);
  const painted = useAfterFirstPaint();

  useEffect(() => storePositions(id, state.positions), [id, state.positions]);

  // Opened from the server's JSON: the YAML Document (for edits, the node ranges that pin errors
  // and reveal lines) is parsed once the canvas has painted, in idle time; an edit before then
  // parses it on the spot.
  const parsed = state.doc !== null;
  useEffect(() => {
    if (!painted || parsed) return;
    return whenIdle(() => dispatch({ type: 'parsed' }), 1000);
  }, [painted, parsed]);

  const commands = useMemo<CanvasCommands>(
    () => ({
      edit: (change) => dispatch({ type: 'edit', change }),
      move: (positions) => dispatch({ type: 'move', positions }),
      arrange: (positions) => dispatch({ type: 'arrange', positions }),
      select: (ids) => dispatch({ type: 'select', ids }),
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
    }),
    [],
  );

  const errors = useMemo(() => errorsByNode(validation.errors, state.ranges), [validation.errors, state.ranges]);
  // Simulated tokens light up only while the simulation tab is open, so they are not mistaken
  // for marks of the definition itself.
  const marks = useMemo<CanvasMarks>(() => ({ errors, tokens: tab === 'simulation' ? tokens : undefined }), [errors, tokens, tab]);
  const yamlErrors = useMemo(() => [...state.syntax, ...validation.errors], [state.syntax, validation.errors]);
  const diffMarks = useMemo<CanvasMarks>(() => ({ diff: diffView?.diff.nodes }), [diffView]);
  const diffPositions = useMemo(() => (diffView ? placeNodes(diffView.diff.merged, state.positions) : {}), [diffView, state.positions]);

  // Selecting one node shows its entry in the YAML view.
  useEffect(() => {
    if (state.selection.length !== 1) return;
    const range = state.ranges.find((r) => r.id === state.selection[0]);
    if (range) setReveal({ line: range.fromLine, nonce: Date.now() });
  }, [state.selection]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the selection changes

  const pickError = useCallback((error: DefinitionError, node: string | undefined) => {
    setReveal({ line: error.line, nonce: Date.now() });
    if (node) {
      dispatch({ type: 'select', ids: [node] });
      setFocus({ id: node, nonce: Date.now() });
      setTab('properties');
    }
  }, []);

  const addInView = useCallback(
    (kind: NodeKind) => {
      const bounds = document.querySelector('.om-canvas')?.getBoundingClientRect();
      const position = flow.screenToFlowPosition({ x: (bounds?.left ?? 0) + (bounds?.width ?? 600) / 2, y: (bounds?.top ?? 0) + (bounds?.height ?? 400) / 2 });
      dispatch({
        type: 'edit',
        change: (doc) => {
          const newId = addNode(doc, kind, t(`kind.${kind}`));
          return { positions: { [newId]: position }, select: [newId] };
        },
      });
    },
    [flow, t],
  );

  const saveDraft = useCallback(async () => {
    try {
      const saved = await definitionsApi.saveDraft(id, state.text);
      dispatch({ type: 'saved', text: saved.yaml });
      setDraft(true);
      void message.success(saved.valid ? t('save.saved') : t('save.savedWithErrors', { count: saved.errors.length }));
      return saved;
    } catch (error) {
      void message.error(t('save.failed', { message: (error as Error).message }));
      return null;
    }
  }, [id, state.text, message, t]);

  const publish = useCallback(() => {
    modal.confirm({
      title: t('toolbar.publish'),
      content: t('save.confirmPublish'),
      onOk: async () => {
        const saved = await saveDraft();
        if (!saved) return;
        try {
          const published = await definitionsApi.publish(id);
          setDraft(false);
          setRefreshKey((k) => k + 1);
          void message.success(t('save.published', { version: published.version }));
        } catch (error) {
          void message.error(t('save.failed', { message: (error as Error).message }));
        }
      },
    });
  }, [modal, saveDraft, id, message, t]);

  const discard = useCallback(() => {
    modal.confirm({
      title: t('toolbar.discard'),
      content: t('save.confirmDiscard'),
      onOk: async () => {
        try {
          await definitionsApi.discardDraft(id);
          setDraft(false);
          const yaml = await definitionsApi.publishedYaml(id);
          dispatch({ type: 'load', text: yaml });
          void message.success(t('save.discarded'));
        } catch (error) {
          void message.error(t('save.failed', { message: (error as Error).message }));
        }
      },
    });
  }, [modal, id, message, t]);

  const panel = useMemo<PanelContextValue>(
    () => ({
      definition: state.definition,
      units,
      readOnly: diffView !== null || state.syntax.length > 0,
      set: (path, value) => dispatch({ type: 'edit', change: (doc) => setValue(doc, path, value) }),
      edit: (change) => dispatch({ type: 'edit', change }),
    }),
    [state.definition, state.syntax, units, diffView],
  );

  const unsaved = state.text !== state.savedText;
  // While the YAML does not parse, the canvas shows the last good version read-only: an edit there
  // would be written from that version and throw away what is being typed.
  const yamlBroken = state.syntax.length > 0;
  const title = state.definition.name ?? id;

  return (
    <PanelContext.Provider value={panel}>
      <div className="om-designer">
        <div className="om-designer__bar">
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('..')}>{t('toolbar.back')}</Button>
            <Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>
            <code>{id}</code>
            {draft && <Tag color="gold">{t('list.draft')}</Tag>}
            {published && <Tag color="blue">{t('list.published')}</Tag>}
            {retired && <Tag color="red">{t('list.retired')}</Tag>}
            {unsaved && <Tag color="orange">{t('save.unsaved')}</Tag>}
            {diffView && <Tag color="purple">{t('versions.diffTitle', { from: diffView.from, to: diffView.to })}</Tag>}
          </Space>
          <Space wrap>
            <Button icon={<CodeOutlined />} type={showYaml ? 'primary' : 'default'} ghost={showYaml} onClick={() => setShowYaml((s) => !s)}>
              {t('toolbar.yaml')}
            </Button>
            <Button icon={<SaveOutlined />} onClick={() => void saveDraft()}>{t('toolbar.saveDraft')}</Button>
            <Button icon={<CloudUploadOutlined />} type="primary" onClick={publish}>{t('toolbar.publish')}</Button>
            {draft && published && <Button icon={<DeleteOutlined />} danger onClick={discard}>{t('toolbar.discard')}</Button>}
          </Space>
        </div>
        <div className="om-designer__body">
          <NodePalette onAdd={addInView} disabled={diffView !== null || yamlBroken} />
          <Splitter className="om-designer__split">
            <Splitter.Panel min={300}>
              <div className="om-designer__canvas-column">
                {diffView ? (
                  <MatterCanvas
                    key="diff"
                    definition={diffView.diff.merged}
                    positions={diffPositions}
                    marks={diffMarks}
                    selection={[]}
                    readOnly
                    commands={commands}
                  />
                ) : (
                  <MatterCanvas
                    definition={state.definition}
                    positions={state.positions}
                    marks={marks}
                    selection={state.selection}
                    readOnly={yamlBroken}
                    commands={commands}
                    focus={focus}
                    markReady
                  />
                )}
                <ValidationBar validation={validation} syntax={state.syntax} ranges={state.ranges} onPick={pickError} />
              </div>
            </Splitter.Panel>
            {showYaml && (
              <Splitter.Panel defaultSize={330} min={200}>
                {painted ? (
                  <Suspense fallback={<div className="om-yaml" />}>
                    <YamlView
                      text={state.text}
                      errors={yamlErrors}
                      readOnly={diffView !== null}
                      onChange={(text) => dispatch({ type: 'type', text })}
                      reveal={reveal}
                    />
                  </Suspense>
                ) : (
                  <div className="om-yaml" />
                )}
              </Splitter.Panel>
            )}
            <Splitter.Panel defaultSize={340} min={260}>
              <Tabs
                className="om-side"
                activeKey={tab}
                onChange={setTab}
                items={[
                  { key: 'properties', label: t('panel.properties'), children: <PropertiesPanel selection={state.selection} /> },
                  {
                    key: 'form',
                    label: t('panel.form'),
                    children: <FieldsEditor path={['form']} fields={state.definition.form as FormField[] | undefined} />,
                  },
                  {
                    key: 'versions',
                    label: t('panel.versions'),
                    children: <VersionsPanel id={id} refreshKey={refreshKey} diffView={diffView} onDiff={setDiffView} retired={retired} onRetired={setRetired} />,
                  },
                  { key: 'simulation', label: t('panel.simulation'), children: <SimulationPanel id={id} definition={state.definition} onTokens={setTokens} /> },
                ]}
              />
            </Splitter.Panel>
          </Splitter>
        </div>
      </div>
    </PanelContext.Provider>
  );
}

/** The workspace inside the flow provider its canvas and palette share. */
export function DefinitionWorkspace(props: WorkspaceProps) {
  return (
    <ReactFlowProvider>
      <Workspace {...props} />
    </ReactFlowProvider>
  );
}
