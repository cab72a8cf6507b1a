import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Input, Row, Select } from 'antd';
import { isSeq } from 'yaml';
import { useDesignerText } from '../i18n/designerText';
import { setValue } from '../model/canvasEdits';
import type { FieldOption, FieldType, FormField } from '../model/definitionTypes';
import { styledNode } from '../model/styledNode';
import { CommitInput, CommitNumber } from './CommitInput';
import { usePanel } from './panelContext';

const types: FieldType[] = ['text', 'number', 'date', 'choice', 'id-card', 'phone', 'jurisdiction', 'file', 'boolean'];
const levels = ['city', 'county', 'zone', 'township', 'village'];

function optionsText(options: FieldOption[] | undefined): string {
  return (options ?? []).map((o) => `${o.value}=${o.label}`).join('\n');
}

/** Reads "value=label" lines back, keeping each kept value's English label. */
function parseOptions(text: string, previous: FieldOption[] | undefined): FieldOption[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [value, ...label] = line.split('=');
      const old = previous?.find((o) => o.value === value.trim());
      return { value: value.trim(), label: (label.join('=') || value).trim(), ...(old?.['label-en'] ? { 'label-en': old['label-en'] } : {}) };
    });
}

/** The form designer: the applicant's form (or a task's own fields), one card per field. */
export function FieldsEditor({ path, fields }: { path: (string | number)[]; fields: FormField[] | undefined }) {
  const t = useDesignerText();
  const { edit, set, readOnly } = usePanel();
  const list = (fields ?? []).filter((f): f is FormField => typeof f === 'object' && f !== null);
  const setField = (index: number, key: keyof FormField, value: unknown) => set([...path, index, key], value);
  const add = () =>
    edit((doc) => {
      const taken = new Set(list.map((f) => f.id));
      let n = list.length + 1;
      while (taken.has(`field_${n}`)) n++;
      const field = { id: `field_${n}`, label: '新字段', type: 'text' };
      const seq = doc.getIn(path);
      if (isSeq(seq)) seq.items.push(styledNode(doc, field));
      else setValue(doc, path, [field]);
    });
  const move = (index: number, by: number) =>
    edit((doc) => {
      const seq = doc.getIn(path);
      if (!isSeq(seq) || index + by < 0 || index + by >= seq.items.length) return;
      const [item] = seq.items.splice(index, 1);
      seq.items.splice(index + by, 0, item);
    });

  return (
    <div className="om-rows">
      {list.length === 0 && <div className="om-muted">{t('form.empty')}</div>}
      {list.map((field, index) => {
        const type = field.type ?? 'text';
        return (
          <div key={`${index}-${field.id}`} className="om-card">
            <div className="om-card__head">
              <code>form.{field.id}</code>
              <span>
                <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={readOnly || index === 0} onClick={() => move(index, -1)} aria-label={t('form.up')} />
                <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={readOnly || index === list.length - 1} onClick={() => move(index, 1)} aria-label={t('form.down')} />
                <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={readOnly} onClick={() => edit((doc) => void doc.deleteIn([...path, index]))} aria-label={t('prop.remove')} />
              </span>
            </div>
            <Row gutter={6}>
              <Col span={12}><label>{t('form.id')}</label><CommitInput value={field.id} onCommit={(v) => setField(index, 'id', v)} /></Col>
              <Col span={12}><label>{t('form.label')}</label><CommitInput value={field.label} onCommit={(v) => setField(index, 'label', v)} /></Col>
              <Col span={12}><label>{t('form.type')}</label>
                <Select value={type} disabled={readOnly} style={{ width: '100%' }} onChange={(v: FieldType) => setField(index, 'type', v)} options={types.map((ty) => ({ value: ty, label: t(`ftype.${ty}`) }))} />
              </Col>
              <Col span={12} className="om-checks">
                <Checkbox checked={!!field.required} disabled={readOnly} onChange={(e) => setField(index, 'required', e.target.checked || undefined)}>{t('form.required')}</Checkbox>
                {(type === 'choice' || type === 'file') && (
                  <Checkbox checked={!!field.multiple} disabled={readOnly} onChange={(e) => setField(index, 'multiple', e.target.checked || undefined)}>{t('form.multiple')}</Checkbox>
                )}
              </Col>
              {(type === 'number' || type === 'text') && (
                <>
                  <Col span={12}><label>{t('form.min')}</label><CommitNumber value={field.min} onCommit={(v) => setField(index, 'min', v)} /></Col>
                  <Col span={12}><label>{t('form.max')}</label><CommitNumber value={field.max} onCommit={(v) => setField(index, 'max', v)} /></Col>
                </>
              )}
              {type === 'text' && (
                <Col span={24}><label>{t('form.pattern')}</label><CommitInput value={field.pattern} onCommit={(v) => setField(index, 'pattern', v)} placeholder="^[0-9]{6}$" /></Col>
              )}
              {type === 'jurisdiction' && (
                <Col span={24}><label>{t('form.level')}</label>
                  <Select value={field.level} allowClear disabled={readOnly} style={{ width: '100%' }} onChange={(v?: string) => setField(index, 'level', v)} options={levels.map((l) => ({ value: l, label: l }))} />
                </Col>
              )}
              {type === 'choice' && (
                <Col span={24}><label>{t('form.options')}</label>
                  <OptionsInput value={field.options} onCommit={(v) => setField(index, 'options', v)} />
                </Col>
              )}
            </Row>
          </div>
        );
      })}
      <Button size="small" icon={<PlusOutlined />} disabled={readOnly} onClick={add}>{t('form.add')}</Button>
    </div>
  );
}

function OptionsInput({ value, onCommit }: { value: FieldOption[] | undefined; onCommit: (v: FieldOption[]) => void }) {
  const { readOnly } = usePanel();
  const text = optionsText(value);
  return (
    <Input.TextArea
      key={text}
      defaultValue={text}
      autoSize={{ minRows: 2, maxRows: 8 }}
      disabled={readOnly}
      onBlur={(e) => e.target.value !== text && onCommit(parseOptions(e.target.value, value))}
    />
  );
}
