import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, Form, Select } from 'antd';
import { useDesignerText } from '../i18n/designerText';
import type { Branch, DefinitionNode } from '../model/definitionTypes';
import { CommitInput, CommitNumber } from './CommitInput';
import { ExpressionInput } from './ExpressionInput';
import { NodeSelect } from './NodeSelect';
import { usePanel } from './panelContext';
import { TimeoutEditor } from './TimeoutEditor';

// The properties of every kind other than task, one small section each.

type SectionProps = { id: string; node: DefinitionNode };

export function NextField({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set } = usePanel();
  return (
    <Form.Item label={t('prop.next')}>
      <NodeSelect value={node.next} exclude={id} onChange={(v) => set(['nodes', id, 'next'], v)} />
    </Form.Item>
  );
}

export function ApplicantTaskSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { definition, set, readOnly } = usePanel();
  return (
    <>
      <Checkbox checked={node['pauses-clock'] !== false} disabled={readOnly} onChange={(e) => set(['nodes', id, 'pauses-clock'], e.target.checked)}>
        {t('prop.pausesClock')}
      </Checkbox>
      <Form.Item label={t('prop.correctable')}>
        <Select
          mode="multiple"
          value={(node.fields ?? []).filter((f): f is string => typeof f === 'string')}
          disabled={readOnly}
          options={(definition.form ?? []).map((f) => ({ value: f.id, label: `${f.label} (${f.id})` }))}
          onChange={(v: string[]) => set(['nodes', id, 'fields'], v)}
        />
      </Form.Item>
      <Form.Item label={t('prop.timeout')}>
        <TimeoutEditor nodeId={id} timeout={node.timeout} />
      </Form.Item>
      <NextField id={id} node={node} />
    </>
  );
}

export function ParallelSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set, readOnly } = usePanel();
  const branches = node.branches ?? [];
  const write = (next: Branch[]) => set(['nodes', id, 'branches'], next.map((b) => (typeof b === 'object' && !b.when ? b.node : b)));
  const nodeOf = (b: Branch) => (typeof b === 'string' ? b : b.node);
  const whenOf = (b: Branch) => (typeof b === 'string' ? undefined : b.when);
  return (
    <>
      <Form.Item label={t('prop.branches')}>
        <div className="om-rows">
          {branches.map((b, index) => (
            <div key={index} className="om-card">
              <div className="om-card__head">
                <NodeSelect value={nodeOf(b)} exclude={id} onChange={(v) => write(branches.map((x, i) => (i === index ? { node: v ?? '', when: whenOf(x) } : x)))} />
                <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={readOnly} onClick={() => write(branches.filter((_, i) => i !== index))} aria-label={t('prop.remove')} />
              </div>
              <label>{t('prop.branch.when')}</label>
              <ExpressionInput value={whenOf(b)} onCommit={(v) => write(branches.map((x, i) => (i === index ? { node: nodeOf(x), when: v || undefined } : x)))} />
            </div>
          ))}
        </div>
      </Form.Item>
      <Form.Item label={t('prop.join')}>
        <NodeSelect value={node.join} exclude={id} onChange={(v) => set(['nodes', id, 'join'], v)} />
      </Form.Item>
    </>
  );
}

export function JoinSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set, readOnly } = usePanel();
  return (
    <>
      <Form.Item label={t('prop.joinMode')}>
        <Select value={node.mode ?? 'all'} disabled={readOnly} onChange={(v: string) => set(['nodes', id, 'mode'], v)} options={['all', 'any', 'count'].map((m) => ({ value: m, label: t(`prop.joinMode.${m}` as 'prop.joinMode.all') }))} />
      </Form.Item>
      {node.mode === 'count' && (
        <Form.Item label={t('prop.count')}>
          <CommitNumber value={node.count} onCommit={(v) => set(['nodes', id, 'count'], v)} />
        </Form.Item>
      )}
      <Checkbox checked={!!node['cancel-remaining']} disabled={readOnly} onChange={(e) => set(['nodes', id, 'cancel-remaining'], e.target.checked || undefined)}>
        {t('prop.cancelRemaining')}
      </Checkbox>
      <NextField id={id} node={node} />
    </>
  );
}

export function DecisionSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set, readOnly } = usePanel();
  const conditions = node.conditions ?? [];
  const write = (next: { when: string; next: string }[]) => set(['nodes', id, 'conditions'], next);
  return (
    <>
      <Form.Item label={t('prop.conditions')}>
        <div className="om-rows">
          {conditions.map((c, index) => (
            <div key={index} className="om-card">
              <div className="om-card__head">
                <ExpressionInput value={c.when} onCommit={(v) => write(conditions.map((x, i) => (i === index ? { ...x, when: v } : x)))} />
                <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={readOnly} onClick={() => write(conditions.filter((_, i) => i !== index))} aria-label={t('prop.remove')} />
              </div>
              <NodeSelect value={c.next} exclude={id} onChange={(v) => write(conditions.map((x, i) => (i === index ? { ...x, next: v ?? '' } : x)))} />
            </div>
          ))}
          <Button size="small" icon={<PlusOutlined />} disabled={readOnly} onClick={() => write([...conditions, { when: 'true', next: '' }])}>{t('prop.add')}</Button>
        </div>
      </Form.Item>
      <Form.Item label={t('prop.default')}>
        <NodeSelect value={node.default} exclude={id} onChange={(v) => set(['nodes', id, 'default'], v)} />
      </Form.Item>
    </>
  );
}

export function TimerSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set } = usePanel();
  return (
    <>
      <Form.Item label={t('prop.duration')}>
        <CommitInput value={node.duration} placeholder="5 working days" onCommit={(v) => set(['nodes', id, 'duration'], v)} />
      </Form.Item>
      <Form.Item label={t('prop.until')}>
        <ExpressionInput value={node.until} onCommit={(v) => set(['nodes', id, 'until'], v)} />
      </Form.Item>
      <NextField id={id} node={node} />
    </>
  );
}

export function DocumentSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { definition, set, readOnly } = usePanel();
  return (
    <>
      <Form.Item label={t('prop.document')}>
        <Select value={node.document} allowClear disabled={readOnly} onChange={(v?: string) => set(['nodes', id, 'document'], v)}
          options={Object.entries(definition.documents ?? {}).map(([d, doc]) => ({ value: d, label: `${doc?.name ?? d} (${d})` }))} />
      </Form.Item>
      <NextField id={id} node={node} />
    </>
  );
}

export function NotifySection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set, units, readOnly } = usePanel();
  const options = ['applicant', 'lead', 'command-centre', ...units.map((u) => u.id)].map((v) => ({ value: v }));
  return (
    <>
      <Form.Item label={t('prop.to')}>
        <AutoComplete value={node.to} options={options} disabled={readOnly} onChange={(v: string) => set(['nodes', id, 'to'], v)} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('prop.message')}>
        <CommitInput multiline value={node.message} placeholder="{{ form.applicant_name }}，您的申请已受理。" onCommit={(v) => set(['nodes', id, 'message'], v)} />
      </Form.Item>
      <NextField id={id} node={node} />
    </>
  );
}

export function CallSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set } = usePanel();
  return (
    <>
      <Form.Item label={t('prop.matter')}>
        <CommitInput value={node.matter} onCommit={(v) => set(['nodes', id, 'matter'], v)} />
      </Form.Item>
      <Form.Item label={t('prop.results')}>
        {(['approved', 'rejected', 'withdrawn', 'closed'] as const).map((r) => (
          <div key={r} className="om-inline">
            <span>{t(`prop.result.${r}`)}</span>
            <NodeSelect value={node.results?.[r]} exclude={id} onChange={(v) => set(['nodes', id, 'results', r], v)} />
          </div>
        ))}
      </Form.Item>
      <NextField id={id} node={node} />
    </>
  );
}

export function EndSection({ id, node }: SectionProps) {
  const t = useDesignerText();
  const { set, readOnly } = usePanel();
  return (
    <>
      <Form.Item label={t('prop.result')}>
        <Select value={node.result} disabled={readOnly} onChange={(v: string) => set(['nodes', id, 'result'], v)}
          options={(['approved', 'rejected', 'withdrawn', 'closed'] as const).map((r) => ({ value: r, label: t(`prop.result.${r}`) }))} />
      </Form.Item>
      <Checkbox checked={node.terminate !== false} disabled={readOnly} onChange={(e) => set(['nodes', id, 'terminate'], e.target.checked ? undefined : false)}>
        {t('prop.terminate')}
      </Checkbox>
    </>
  );
}
