import { AutoComplete } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { usePanel } from './panelContext';

/** A unit id (or `lead`, or a unit kind where one is meant), completed from the org directory
 * but free to type, since a kind or a unit of another org file is valid too. */
export function UnitInput({ value, onCommit, kinds, extra = [] }: { value?: string; onCommit: (v: string) => void; kinds?: boolean; extra?: string[] }) {
  const { units, readOnly } = usePanel();
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const options = useMemo(() => {
    const list = kinds
      ? [...new Set(units.map((u) => u.kind))].map((k) => ({ value: k, label: k }))
      : [...extra.map((v) => ({ value: v, label: v })), ...units.map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }))];
    const typed = draft.toLowerCase();
    return list.filter((o) => !typed || o.label.toLowerCase().includes(typed)).slice(0, 50);
  }, [units, kinds, extra, draft]);
  const commit = (v: string) => {
    if (v !== (value ?? '')) onCommit(v.trim());
  };
  return (
    <AutoComplete
      value={draft}
      options={options}
      onChange={(v: string) => setDraft(v)}
      onSelect={(v: string) => {
        setDraft(v);
        commit(v);
      }}
      onBlur={() => commit(draft)}
      disabled={readOnly}
      style={{ width: '100%' }}
    />
  );
}
