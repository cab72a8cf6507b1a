import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useDesignerText } from '../i18n/designerText';
import type { EscalationRule } from '../model/definitionTypes';
import { usePanel } from './panelContext';
import { UnitInput } from './UnitInput';

const actions: EscalationRule['do'][] = ['warn', 'overdue', 'supervise', 'reassign'];

/** The deadline policy: at a share of the working time, warn, mark overdue, supervise or reassign. */
export function EscalationEditor({ path, rules }: { path: (string | number)[]; rules: EscalationRule[] | undefined }) {
  const t = useDesignerText();
  const { set, readOnly } = usePanel();
  const list = rules ?? [];
  const write = (next: EscalationRule[]) => set(path, next.map((r) => (r.do === 'warn' || r.do === 'overdue' ? { at: r.at, do: r.do } : r)));
  const change = (index: number, patch: Partial<EscalationRule>) => write(list.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <div className="om-rows">
      {list.map((rule, index) => (
        <Space.Compact key={index} style={{ width: '100%' }}>
          <Input
            style={{ width: 70 }}
            defaultValue={rule.at}
            key={rule.at}
            aria-label={t('prop.escalation.at')}
            disabled={readOnly}
            onBlur={(e) => e.target.value !== rule.at && change(index, { at: e.target.value.trim() })}
          />
          <Select
            style={{ width: 90 }}
            value={rule.do}
            disabled={readOnly}
            onChange={(v: EscalationRule['do']) => change(index, { do: v })}
            options={actions.map((a) => ({ value: a, label: t(`prop.do.${a}`) }))}
          />
          {(rule.do === 'supervise' || rule.do === 'reassign') && (
            <div style={{ flex: 1 }}>
              <UnitInput value={rule.to} extra={['lead']} onCommit={(v) => change(index, { to: v || undefined })} />
            </div>
          )}
          <Button icon={<DeleteOutlined />} disabled={readOnly} onClick={() => write(list.filter((_, i) => i !== index))} aria-label={t('prop.remove')} />
        </Space.Compact>
      ))}
      <Button size="small" icon={<PlusOutlined />} disabled={readOnly} onClick={() => write([...list, { at: '80%', do: 'warn' }])}>
        {t('prop.add')}
      </Button>
    </div>
  );
}
