import { Button, Form, Input, Select, Space, Tag } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useDesignerText } from '../i18n/designerText';
import { renameNode } from '../model/canvasEdits';
import type { DefinitionNode } from '../model/definitionTypes';
import { CommitInput, CommitNumber } from './CommitInput';
import { ExpressionInput } from './ExpressionInput';
import { ApplicantTaskSection, CallSection, DecisionSection, DocumentSection, EndSection, JoinSection, NextField, NotifySection, ParallelSection, TimerSection } from './FlowSections';
import { usePanel } from './panelContext';
import { TaskSection } from './TaskSection';

function kindSection(id: string, node: DefinitionNode): ReactNode {
  switch (node.type) {
    case 'task':
      return <TaskSection id={id} node={node} />;
    case 'applicant-task':
      return <ApplicantTaskSection id={id} node={node} />;
    case 'parallel':
      return <ParallelSection id={id} node={node} />;
    case 'join':
      return <JoinSection id={id} node={node} />;
    case 'decision':
      return <DecisionSection id={id} node={node} />;
    case 'timer':
      return <TimerSection id={id} node={node} />;
    case 'document':
      return <DocumentSection id={id} node={node} />;
    case 'notify':
      return <NotifySection id={id} node={node} />;
    case 'call':
      return <CallSection id={id} node={node} />;
    case 'draw':
      return <DrawSection id={id} node={node} />;
    case 'end':
      return <EndSection id={id} node={node} />;
    default:
      return <NextField id={id} node={node} />;
  }
}

/** 双随机抽取: how many entities of which industries where, how many inspectors of which units. */
function DrawSection({ id, node }: { id: string; node: DefinitionNode }) {
  const t = useDesignerText();
  const { set, units, readOnly } = usePanel();
  const entities = ['nodes', id, 'entities'];
  const inspectors = ['nodes', id, 'inspectors'];
  return (
    <>
      <div className="om-card">
        <div className="om-card__head">{t('prop.draw.entities')}</div>
        <Form.Item label={t('prop.draw.entityCount')}>
          <CommitNumber value={node.entities?.count} onCommit={(v) => set([...entities, 'count'], v)} />
        </Form.Item>
        <Form.Item label={t('prop.draw.industries')}>
          <Select mode="tags" value={node.entities?.industries ?? []} disabled={readOnly} tokenSeparators={[',', ' ']}
            options={['manufacturing', 'chemicals', 'mining', 'construction', 'food', 'hospitality'].map((v) => ({ value: v }))}
            onChange={(v: string[]) => set([...entities, 'industries'], v.length ? v : undefined)} />
        </Form.Item>
        <Form.Item label={t('prop.draw.township')}>
          <ExpressionInput value={node.entities?.township} onCommit={(v) => set([...entities, 'township'], v || undefined)} />
        </Form.Item>
      </div>
      <div className="om-card">
        <div className="om-card__head">{t('prop.draw.inspectors')}</div>
        <Form.Item label={t('prop.draw.inspectorCount')}>
          <CommitNumber value={node.inspectors?.count} onCommit={(v) => set([...inspectors, 'count'], v)} />
        </Form.Item>
        <Form.Item label={t('prop.draw.units')}>
          <Select mode="multiple" value={node.inspectors?.units ?? []} disabled={readOnly} showSearch optionFilterProp="label"
            options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.id})` }))}
            onChange={(v: string[]) => set([...inspectors, 'units'], v)} />
        </Form.Item>
      </div>
      <NextField id={id} node={node} />
    </>
  );
}

/** The selected node's properties: identity first, then what its kind declares. */
export function NodeProperties({ id }: { id: string }) {
  const t = useDesignerText();
  const { definition, set, edit, readOnly } = usePanel();
  const node = definition.nodes?.[id];
  const [newId, setNewId] = useState(id);
  useEffect(() => setNewId(id), [id]);
  if (!node) return null;
  const rename = () => {
    const to = newId.trim();
    if (to !== id && /^[a-z][a-z0-9_-]*$/.test(to)) {
      edit((doc) => (renameNode(doc, id, to) ? { renamed: { [id]: to }, select: [to] } : undefined));
    }
  };
  return (
    <Form layout="vertical" size="small" className="om-props">
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color="blue">{t(`kind.${node.type}`)}</Tag>
        {definition.start === id ? (
          <Tag color="green">{t('node.start')}</Tag>
        ) : (
          <Button size="small" disabled={readOnly} onClick={() => set(['start'], id)}>{t('prop.isStart')}</Button>
        )}
      </Space>
      <Form.Item label={t('prop.id')}>
        <Space.Compact style={{ width: '100%' }}>
          <Input value={newId} onChange={(e) => setNewId(e.target.value)} onPressEnter={rename} disabled={readOnly} />
          <Button onClick={rename} disabled={readOnly || newId === id}>{t('prop.rename')}</Button>
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('prop.name')}>
        <CommitInput value={node.name} onCommit={(v) => set(['nodes', id, 'name'], v)} />
      </Form.Item>
      <Form.Item label={t('prop.nameEn')}>
        <CommitInput value={node['name-en']} onCommit={(v) => set(['nodes', id, 'name-en'], v)} />
      </Form.Item>
      <Form.Item label={t('prop.step')}>
        <CommitInput value={node.step} onCommit={(v) => set(['nodes', id, 'step'], v)} placeholder="申请受理 / 联合审查 / 审批发证" />
      </Form.Item>
      <Form.Item label={t('prop.stepEn')}>
        <CommitInput value={node['step-en']} onCommit={(v) => set(['nodes', id, 'step-en'], v)} placeholder="Application accepted / Joint review" />
      </Form.Item>
      {kindSection(id, node)}
    </Form>
  );
}
