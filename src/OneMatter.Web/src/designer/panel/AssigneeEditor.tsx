import { Form, Select } from 'antd';
import { useDesignerText } from '../i18n/designerText';
import type { Assignee } from '../model/definitionTypes';
import { CommitInput } from './CommitInput';
import { ExpressionInput } from './ExpressionInput';
import { usePanel } from './panelContext';
import { UnitInput } from './UnitInput';

type Mode = 'none' | 'unit' | 'user' | 'role' | 'kind' | 'from';

function modeOf(a: Assignee | undefined): Mode {
  if (a === undefined) return 'none';
  if (typeof a === 'string') return 'unit';
  if ('from' in a) return 'from';
  if ('kind' in a) return 'kind';
  if ('user' in a && a.user !== undefined) return 'user';
  if ('role' in a && a.role !== undefined) return 'role';
  return 'unit';
}

/** The value a mode starts with: the designer then fills in the parts. */
function startingValue(mode: Mode, previous: Assignee | undefined): Assignee | undefined {
  const unit = typeof previous === 'string' ? previous : previous && 'unit' in previous ? previous.unit : 'lead';
  switch (mode) {
    case 'none':
      return undefined;
    case 'unit':
      return unit;
    case 'user':
      return { unit, user: 'officer' };
    case 'role':
      return { unit, role: 'section-chief' };
    case 'kind':
      return { kind: 'township-government', jurisdiction: 'form.township' };
    case 'from':
      return { from: 'form.unit' };
  }
}

/** Who receives a task: the five allocation styles of docs/definitions.md. */
export function AssigneeEditor({ path, value }: { path: (string | number)[]; value: Assignee | undefined }) {
  const t = useDesignerText();
  const { set, readOnly } = usePanel();
  const mode = modeOf(value);
  const modes: Mode[] = ['none', 'unit', 'user', 'role', 'kind', 'from'];
  const unit = typeof value === 'string' ? value : value && 'unit' in value ? value.unit : undefined;
  return (
    <>
      <Form.Item label={t('prop.assigneeMode')}>
        <Select
          value={mode}
          disabled={readOnly}
          onChange={(m: Mode) => set(path, startingValue(m, value))}
          options={modes.map((m) => ({ value: m, label: t(`prop.mode.${m}`) }))}
        />
      </Form.Item>
      {(mode === 'unit' || mode === 'user' || mode === 'role') && (
        <Form.Item label={t('prop.unit')}>
          <UnitInput value={unit} extra={['lead']} onCommit={(v) => set(typeof value === 'string' ? path : [...path, 'unit'], v)} />
        </Form.Item>
      )}
      {mode === 'user' && value && typeof value === 'object' && 'user' in value && (
        <Form.Item label={t('prop.user')}>
          <CommitInput value={value.user} onCommit={(v) => set([...path, 'user'], v)} />
        </Form.Item>
      )}
      {mode === 'role' && value && typeof value === 'object' && 'role' in value && (
        <Form.Item label={t('prop.role')}>
          <CommitInput value={value.role} onCommit={(v) => set([...path, 'role'], v)} />
        </Form.Item>
      )}
      {mode === 'kind' && value && typeof value === 'object' && 'kind' in value && (
        <>
          <Form.Item label={t('prop.unitKind')}>
            <UnitInput kinds value={value.kind} onCommit={(v) => set([...path, 'kind'], v)} />
          </Form.Item>
          <Form.Item label={t('prop.jurisdiction')}>
            <ExpressionInput value={value.jurisdiction} onCommit={(v) => set([...path, 'jurisdiction'], v)} />
          </Form.Item>
        </>
      )}
      {mode === 'from' && value && typeof value === 'object' && 'from' in value && (
        <Form.Item label={t('prop.from')}>
          <ExpressionInput value={value.from} onCommit={(v) => set([...path, 'from'], v)} placeholder="nodes.triage.fields.dispatch_to" />
        </Form.Item>
      )}
    </>
  );
}
