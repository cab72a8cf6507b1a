import { Select } from 'antd';
import { useMemo } from 'react';
import { usePanel } from './panelContext';

/** Picks a node of the definition by name or id (a `next`, a branch, a join …). */
export function NodeSelect({ value, onChange, exclude }: { value?: string; onChange: (id: string | undefined) => void; exclude?: string }) {
  const { definition, readOnly } = usePanel();
  const options = useMemo(
    () =>
      Object.entries(definition.nodes ?? {})
        .filter(([id]) => id !== exclude)
        .map(([id, node]) => ({ value: id, label: `${node?.name ?? id} (${id})` })),
    [definition, exclude],
  );
  return (
    <Select
      value={value || undefined}
      options={options}
      onChange={(v?: string) => onChange(v)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={readOnly}
      style={{ width: '100%' }}
    />
  );
}
