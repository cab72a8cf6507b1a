import { useMemo, useState, type ReactNode } from 'react';
import { Button, Form } from 'antd';
import type { Field } from '../api/types';
import { ApiError } from '../api/problem';
import { useI18n } from '../i18n/useI18n';
import ProblemAlert from '../common/ProblemAlert';
import { fieldKind } from './fieldType';
import { parentLevel, placeLevel } from './placeLevel';
import { checkField, checkForm } from './validation';
import FieldInput from './FieldInput';

export type FormValues = Record<string, string | undefined>;

interface Props {
  fields: Field[];
  /** Sends the checked values (canonical strings, empty ones left out) and all the form's values,
   * including those of `before` and `after`; a thrown ApiError is shown on its fields. */
  onSubmit: (values: Record<string, string>, all: Record<string, unknown>) => Promise<void>;
  submitText: string;
  /** Every field optional: a correction sends only what changed. */
  partial?: boolean;
  initialValues?: FormValues;
  before?: ReactNode;
  after?: ReactNode;
  disabled?: boolean;
}

/** A form generated from a definition's fields: one input per field type, the server's rules
 * checked in the browser, and the server's own field errors shown beside the fields. */
export default function GeneratedForm({ fields, onSubmit, submitText, partial, initialValues, before, after, disabled }: Props) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shown = useMemo(() => (partial ? fields.map((f) => ({ ...f, required: false })) : fields), [fields, partial]);
  const values = Form.useWatch([], form) as Record<string, string | undefined> | undefined;

  // An untouched switch means "no", so a boolean starts as false rather than as missing.
  const initial = useMemo(() => {
    const start: FormValues = { ...initialValues };
    if (!partial) for (const f of fields) if (fieldKind(f.type) === 'boolean' && start[f.id] === undefined) start[f.id] = 'false';
    return start;
  }, [fields, initialValues, partial]);

  // A village is chosen within the township chosen above it, when the form asks for both.
  const parentField = (field: Field) => {
    const wanted = parentLevel(placeLevel(field));
    return wanted ? shown.find((f) => f !== field && fieldKind(f.type) === 'jurisdiction' && placeLevel(f) === wanted) : undefined;
  };

  const submit = async (all: Record<string, unknown>) => {
    setError(null);
    const checked = checkForm(shown, all as FormValues);
    if (Object.keys(checked.problems).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(checked.values, all);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) {
        const names = new Set(Object.keys(all));
        form.setFields(Object.entries(e.problem.errors).filter(([name]) => names.has(name) || shown.some((f) => f.id === name))
          .map(([name, errors]) => ({ name, errors })));
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldNames = [...shown.map((f) => f.id)];
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} disabled={disabled || busy} scrollToFirstError>
      {before}
      {shown.map((field) => {
        const parent = parentField(field);
        return (
          <Form.Item
            key={field.id}
            name={field.id}
            label={pick(field.label, field.labelEn)}
            required={field.required}
            rules={[{
              validator: async (_rule, value: string | undefined) => {
                const problem = checkField(field, value);
                if (problem) throw new Error(t(problem.key, { ...problem.params, label: pick(field.label, field.labelEn) }));
              },
            }]}
          >
            <FieldInput field={field} parentPlace={parent ? values?.[parent.id] : undefined} />
          </Form.Item>
        );
      })}
      {after}
      <ProblemAlert error={error} fieldsShown={[...fieldNames, ...Object.keys(values ?? {})]} />
      <Button type="primary" htmlType="submit" loading={busy}>{submitText}</Button>
    </Form>
  );
}
