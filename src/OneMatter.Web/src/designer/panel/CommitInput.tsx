import { Input, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { usePanel } from './panelContext';

// Inputs that write to the YAML when the designer leaves them (blur or Enter), not on every
// keystroke: one undo step per change, and no Document rewrite while typing.

interface CommitInputProps {
  value?: string | number | null;
  onCommit: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  'aria-label'?: string;
}

export function CommitInput({ value, onCommit, placeholder, multiline, ...rest }: CommitInputProps) {
  const { readOnly } = usePanel();
  const shown = value === undefined || value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft !== shown) onCommit(draft.trim());
  };
  return multiline ? (
    <Input.TextArea value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} placeholder={placeholder} autoSize={{ minRows: 2, maxRows: 8 }} disabled={readOnly} {...rest} />
  ) : (
    <Input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onPressEnter={commit} placeholder={placeholder} disabled={readOnly} {...rest} />
  );
}

export function CommitNumber({ value, onCommit, placeholder }: { value?: number; onCommit: (value: number | undefined) => void; placeholder?: string }) {
  const { readOnly } = usePanel();
  const [draft, setDraft] = useState<number | null>(value ?? null);
  useEffect(() => setDraft(value ?? null), [value]);
  const commit = () => {
    if ((draft ?? undefined) !== value) onCommit(draft ?? undefined);
  };
  return <InputNumber value={draft} onChange={(v) => setDraft(typeof v === 'number' ? v : null)} onBlur={commit} onPressEnter={commit} placeholder={placeholder} disabled={readOnly} style={{ width: '100%' }} />;
}
