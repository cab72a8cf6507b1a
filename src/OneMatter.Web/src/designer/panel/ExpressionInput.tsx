import { AutoComplete } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { completeExpression } from '../model/expressionCompletion';
import { usePanel } from './panelContext';

/** An expression (guard, condition, jurisdiction rule) with completion of form.<field>,
 * nodes.<node>.… and instance.… names at the end of the text. Writes on blur or on picking. */
export function ExpressionInput({ value, onCommit, placeholder }: { value?: string; onCommit: (value: string) => void; placeholder?: string }) {
  const { definition, readOnly } = usePanel();
  const shown = value ?? '';
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const options = useMemo(() => completeExpression(draft, definition).map((v) => ({ value: v })), [draft, definition]);
  const commit = (text: string) => {
    if (text !== shown) onCommit(text.trim());
  };
  return (
    <AutoComplete
      className="om-expression"
      value={draft}
      options={options}
      onChange={(v: string) => setDraft(v)}
      onSelect={(v: string) => {
        setDraft(v);
        commit(v);
      }}
      onBlur={() => commit(draft)}
      placeholder={placeholder ?? 'form.…'}
      disabled={readOnly}
      style={{ width: '100%' }}
    />
  );
}
