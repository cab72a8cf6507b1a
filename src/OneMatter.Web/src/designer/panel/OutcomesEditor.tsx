import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useDesignerText } from '../i18n/designerText';
import { setValue } from '../model/canvasEdits';
import type { Outcome } from '../model/definitionTypes';
import { CommitInput } from './CommitInput';
import { ExpressionInput } from './ExpressionInput';
import { NodeSelect } from './NodeSelect';
import { usePanel } from './panelContext';

/** A task's outcomes: button label, next node, guard (with form.* completion) and documents. */
export function OutcomesEditor({ nodeId, outcomes }: { nodeId: string; outcomes: Record<string, Outcome | string> | undefined }) {
  const t = useDesignerText();
  const { definition, edit, readOnly } = usePanel();
  const [newKey, setNewKey] = useState('');
  const base = ['nodes', nodeId, 'outcomes'];
  const documentOptions = Object.entries(definition.documents ?? {}).map(([id, d]) => ({ value: id, label: `${d?.name ?? id} (${id})` }));

  /** Writes one key of an outcome; the `outcome: next` shorthand becomes a map first. */
  const setField = (key: string, field: keyof Outcome, value: unknown) =>
    edit((doc) => {
      const current = outcomes?.[key];
      if (typeof current === 'string') setValue(doc, [...base, key], { next: current });
      setValue(doc, [...base, key, field], value);
    });
  const add = () => {
    const key = newKey.trim();
    if (!/^[a-z][a-z0-9_-]*$/.test(key) || outcomes?.[key] !== undefined) return;
    edit((doc) => setValue(doc, [...base, key], { label: key }));
    setNewKey('');
  };

  return (
    <div className="om-rows">
      {Object.entries(outcomes ?? {}).map(([key, raw]) => {
        const outcome: Outcome = typeof raw === 'string' ? { next: raw } : raw ?? {};
        return (
          <div key={key} className="om-card">
            <div className="om-card__head">
              <code>{key}</code>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={readOnly} aria-label={t('prop.remove')} onClick={() => edit((doc) => void doc.deleteIn([...base, key]))} />
            </div>
            <label>{t('prop.outcome.label')}</label>
            <CommitInput value={outcome.label} onCommit={(v) => setField(key, 'label', v)} />
            <label>{t('prop.outcome.next')}</label>
            <NodeSelect value={outcome.next} exclude={nodeId} onChange={(v) => setField(key, 'next', v)} />
            <label>{t('prop.outcome.when')}</label>
            <ExpressionInput value={outcome.when} onCommit={(v) => setField(key, 'when', v)} />
            <label>{t('prop.outcome.documents')}</label>
            <Select mode="multiple" value={outcome.documents ?? []} options={documentOptions} disabled={readOnly} style={{ width: '100%' }} onChange={(v: string[]) => setField(key, 'documents', v)} />
          </div>
        );
      })}
      <Space.Compact style={{ width: '100%' }}>
        <Input value={newKey} onChange={(e) => setNewKey(e.target.value)} onPressEnter={add} placeholder={t('prop.outcome.id')} disabled={readOnly} />
        <Button icon={<PlusOutlined />} onClick={add} disabled={readOnly}>{t('prop.add')}</Button>
      </Space.Compact>
    </div>
  );
}
