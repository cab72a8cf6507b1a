import { Checkbox, Form, Select } from 'antd';
import { useDesignerText } from '../i18n/designerText';
import type { Assignee, DefinitionNode, FormField } from '../model/definitionTypes';
import { AssigneeEditor } from './AssigneeEditor';
import { CommitInput } from './CommitInput';
import { EscalationEditor } from './EscalationEditor';
import { FieldsEditor } from './FieldsEditor';
import { OutcomesEditor } from './OutcomesEditor';
import { usePanel } from './panelContext';
import { TimeoutEditor } from './TimeoutEditor';

/** A unit's task: who, how they sign, by when, what happens late, what they fill in and decide. */
export function TaskSection({ id, node }: { id: string; node: DefinitionNode }) {
  const t = useDesignerText();
  const { definition, set, readOnly, units } = usePanel();
  const path = ['nodes', id];
  const signers = (node.signers ?? []).map((s: Assignee) => (typeof s === 'string' ? s : 'unit' in s ? s.unit : JSON.stringify(s)));
  return (
    <>
      <AssigneeEditor path={[...path, 'assignee']} value={node.assignee} />
      <Form.Item label={t('prop.sign')}>
        <Select
          value={node.sign ?? 'none'}
          disabled={readOnly}
          onChange={(v: string) => set([...path, 'sign'], v === 'none' ? undefined : v)}
          options={['none', 'all', 'any', 'sequential'].map((s) => ({ value: s, label: t(`prop.sign.${s}` as 'prop.sign.all') }))}
        />
      </Form.Item>
      {node.sign && (
        <Form.Item label={t('prop.signers')}>
          <Select
            mode="tags"
            value={signers}
            disabled={readOnly}
            options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }))}
            onChange={(v: string[]) => set([...path, 'signers'], v)}
          />
        </Form.Item>
      )}
      <Form.Item label={t('prop.deadline')} extra={`${t('prop.calendar')}: ${definition.calendar ?? 'cn-mainland'}`}>
        <CommitInput value={node.deadline} placeholder="5 working days / 5个工作日" onCommit={(v) => set([...path, 'deadline'], v)} />
      </Form.Item>
      <Form.Item label={t('prop.escalation')} extra={t('prop.escalation.inherit')}>
        <EscalationEditor path={[...path, 'escalation']} rules={node.escalation} />
      </Form.Item>
      <Form.Item label={t('prop.outcomes')}>
        <OutcomesEditor nodeId={id} outcomes={node.outcomes} />
      </Form.Item>
      <Form.Item label={t('prop.fields')}>
        <FieldsEditor path={[...path, 'fields']} fields={node.fields as FormField[] | undefined} />
      </Form.Item>
      <Form.Item label={t('prop.timeout')}>
        <TimeoutEditor nodeId={id} timeout={node.timeout} />
      </Form.Item>
      <Checkbox checked={!!node.skippable} disabled={readOnly} onChange={(e) => set([...path, 'skippable'], e.target.checked || undefined)}>
        {t('prop.skippable')}
      </Checkbox>
    </>
  );
}
