import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror, { type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { useEffect, useMemo, useRef } from 'react';
import type { DefinitionError } from '../api/definitionTypes';

// @codemirror/lint and @codemirror/view come with @uiw/react-codemirror (its basic setup
// depends on them); they are imported directly for diagnostics and scrolling.

interface YamlViewProps {
  text: string;
  errors: DefinitionError[];
  readOnly?: boolean;
  onChange: (text: string) => void;
  /** A line to scroll to and select (from the error list or the selected node). */
  reveal?: { line: number; nonce: number };
}

/** The definition's YAML, editable; validation errors are marked on their lines. */
export function YamlView({ text, errors, readOnly, onChange, reveal }: YamlViewProps) {
  const ref = useRef<ReactCodeMirrorRef>(null);
  const extensions = useMemo(() => [yaml(), lintGutter(), EditorView.lineWrapping], []);

  useEffect(() => {
    const view = ref.current?.view;
    if (!view) return;
    const doc = view.state.doc;
    const diagnostics: Diagnostic[] = errors.map((e) => {
      const line = doc.line(Math.min(Math.max(e.line, 1), doc.lines));
      const from = Math.min(line.from + Math.max(e.column - 1, 0), line.to);
      return { from, to: Math.max(line.to, from), severity: 'error', message: e.message };
    });
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [errors, text]);

  useEffect(() => {
    const view = ref.current?.view;
    if (!view || !reveal) return;
    const doc = view.state.doc;
    const line = doc.line(Math.min(Math.max(reveal.line, 1), doc.lines));
    view.dispatch({ selection: { anchor: line.from, head: line.to }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
  }, [reveal]);

  return (
    <CodeMirror
      ref={ref}
      className="om-yaml"
      value={text}
      height="100%"
      extensions={extensions}
      readOnly={readOnly}
      onChange={onChange}
      basicSetup={{ foldGutter: true, highlightActiveLine: true }}
    />
  );
}
