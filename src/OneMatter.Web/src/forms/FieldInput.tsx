import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import type { Field } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import { fieldKind } from './fieldType';
import { placeLevel } from './placeLevel';
import JurisdictionSelect from './JurisdictionSelect';
import FileField from './FileField';

interface Props {
  field: Field;
  value?: string;
  onChange?: (value: string) => void;
  /** The chosen parent place, narrowing a jurisdiction field. */
  parentPlace?: string;
  id?: string;
}

const split = (value?: string) => (value ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/** The input of one form field. Every input keeps the field's value as the canonical string the
 * API takes (ISO dates, `;`-joined multiples, `true`/`false`), so validation and submission see
 * exactly what the server will. */
export default function FieldInput({ field, value, onChange, parentPlace, id }: Props) {
  const { t, pick } = useI18n();
  const set = (v: string) => onChange?.(v);
  switch (fieldKind(field.type)) {
    case 'number':
      // No min/max on the input: it would clamp silently, where the validator says what is wrong.
      return (
        <InputNumber<string>
          id={id}
          stringMode
          style={{ width: '100%' }}
          value={value || null}
          onChange={(v) => set(v == null ? '' : String(v))}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={id}
          style={{ width: '100%' }}
          value={value && dayjs(value, 'YYYY-MM-DD', true).isValid() ? dayjs(value, 'YYYY-MM-DD') : null}
          onChange={(d) => set(d ? d.format('YYYY-MM-DD') : '')}
        />
      );
    case 'choice':
      return (
        <Select
          id={id}
          mode={field.multiple ? 'multiple' : undefined}
          allowClear
          placeholder={t('form.select')}
          value={field.multiple ? split(value) : value || undefined}
          onChange={(v: string | string[] | undefined) => set(Array.isArray(v) ? v.join(';') : v ?? '')}
          options={field.options.map((o) => ({ value: o.value, label: pick(o.label, o.labelEn) }))}
        />
      );
    case 'boolean':
      return (
        <Switch
          id={id}
          checked={value === 'true'}
          checkedChildren={t('form.yes')}
          unCheckedChildren={t('form.no')}
          onChange={(checked) => set(checked ? 'true' : 'false')}
        />
      );
    case 'jurisdiction':
      return <JurisdictionSelect id={id} level={placeLevel(field)} parent={parentPlace} value={value} onChange={set} />;
    case 'file':
      return <FileField id={id} multiple={field.multiple} value={value} onChange={set} />;
    case 'idcard':
      return <Input id={id} maxLength={18} value={value} onChange={(e) => set(e.target.value)} autoComplete="off" />;
    case 'phone':
      return <Input id={id} type="tel" value={value} onChange={(e) => set(e.target.value)} autoComplete="tel" />;
    case 'text':
    default:
      return field.max != null && field.max > 100
        ? <Input.TextArea id={id} rows={3} showCount maxLength={field.max} value={value} onChange={(e) => set(e.target.value)} />
        : <Input id={id} value={value} onChange={(e) => set(e.target.value)} />;
  }
}
