import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useDesignerText } from '../i18n/designerText';
import { CommitInput } from './CommitInput';
import { EscalationEditor } from './EscalationEditor';
import { ExpressionInput } from './ExpressionInput';
import { NodeSelect } from './NodeSelect';
import { usePanel } from './panelContext';
import { UnitInput } from './UnitInput';

const families = ['approval', 'enforcement', 'dispute', 'safety'] as const;

/** The matter as a whole: names, lead and partners, jurisdiction, deadline and calendar, the
 * default escalation, documents and the start node. */
export function MatterProperties() {
  const t = useDesignerText();
  const { definition: d, set, units, readOnly } = usePanel();
  const [newDocument, setNewDocument] = useState('');
  const addDocument = () => {
    const id = newDocument.trim();
    if (/^[a-z][a-z0-9_-]*$/.test(id) && !d.documents?.[id]) {
      set(['documents', id], { name: id, template: id });
      setNewDocument('');
    }
  };
  return (
    <Form layout="vertical" size="small" className="om-props">
      <div className="om-muted">{t('panel.noSelection')}</div>
      <Form.Item label={t('matter.id')}><CommitInput value={d.id} onCommit={(v) => set(['id'], v)} /></Form.Item>
      <Form.Item label={t('matter.name')}><CommitInput value={d.name} onCommit={(v) => set(['name'], v)} /></Form.Item>
      <Form.Item label={t('matter.nameEn')}><CommitInput value={d['name-en']} onCommit={(v) => set(['name-en'], v)} /></Form.Item>
      <Form.Item label={t('matter.family')}>
        <Select value={d.family} disabled={readOnly} onChange={(v: string) => set(['family'], v)} options={families.map((f) => ({ value: f, label: t(`matter.family.${f}`) }))} />
      </Form.Item>
      <Form.Item label={t('matter.lead')}><UnitInput value={d.lead} onCommit={(v) => set(['lead'], v)} /></Form.Item>
      <Form.Item label={t('matter.partners')}>
        <Select mode="tags" value={d.partners ?? []} disabled={readOnly} onChange={(v: string[]) => set(['partners'], v)}
          options={[...new Set(units.flatMap((u) => [u.id, u.kind]))].map((v) => ({ value: v }))} />
      </Form.Item>
      <Form.Item label={t('matter.jurisdiction')}><ExpressionInput value={d.jurisdiction} onCommit={(v) => set(['jurisdiction'], v)} /></Form.Item>
      <Form.Item label={t('matter.deadline')}><CommitInput value={d.deadline} placeholder="15 working days" onCommit={(v) => set(['deadline'], v)} /></Form.Item>
      <Form.Item label={t('prop.calendar')}><CommitInput value={d.calendar} placeholder="cn-mainland" onCommit={(v) => set(['calendar'], v)} /></Form.Item>
      <Form.Item label={t('matter.start')}><NodeSelect value={d.start} onChange={(v) => set(['start'], v)} /></Form.Item>
      <Form.Item label={t('prop.escalation')}><EscalationEditor path={['escalation']} rules={d.escalation} /></Form.Item>
      <Form.Item label={t('matter.documents')}>
        <div className="om-rows">
          {Object.entries(d.documents ?? {}).map(([id, doc]) => (
            <div key={id} className="om-card">
              <div className="om-card__head">
                <code>{id}</code>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={readOnly} onClick={() => set(['documents', id], undefined)} aria-label={t('prop.remove')} />
              </div>
              <CommitInput value={doc?.name} onCommit={(v) => set(['documents', id, 'name'], v)} aria-label={t('prop.name')} />
              <Space>
                <span>{t('matter.document.template')}</span>
                <CommitInput value={doc?.template} onCommit={(v) => set(['documents', id, 'template'], v)} />
                <Checkbox checked={!!doc?.['for-applicant']} disabled={readOnly} onChange={(e) => set(['documents', id, 'for-applicant'], e.target.checked)}>
                  {t('matter.document.forApplicant')}
                </Checkbox>
              </Space>
            </div>
          ))}
          <Space.Compact style={{ width: '100%' }}>
            <Input value={newDocument} onChange={(e) => setNewDocument(e.target.value)} onPressEnter={addDocument} placeholder={t('matter.document.id')} disabled={readOnly} />
            <Button icon={<PlusOutlined />} onClick={addDocument} disabled={readOnly}>{t('prop.add')}</Button>
          </Space.Compact>
        </div>
      </Form.Item>
    </Form>
  );
}
