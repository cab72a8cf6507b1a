import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { ApiError } from '../api/problem';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';
import UnitSelect from './UnitSelect';

/** One input of a task action: a unit, a line, a paragraph or a choice. */
export interface ActionInput {
  name: string;
  label: string;
  kind: 'unit' | 'text' | 'textarea' | 'select';
  required?: boolean;
  options?: { value: string; label: string }[];
}

interface Props {
  title: string;
  open: boolean;
  inputs: ActionInput[];
  onClose: () => void;
  /** Performs the action; a thrown ApiError is shown on its fields (toUnit, reason …). */
  onSubmit: (values: Record<string, string | undefined>) => Promise<void>;
}

/** The small form of 退回, 转办, 委派, 加签, 减签, comments and skipping. */
export default function ActionModal({ title, open, inputs, onClose, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let values: Record<string, string | undefined>;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      form.resetFields();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) {
        form.setFields(Object.entries(e.problem.errors).filter(([name]) => inputs.some((i) => i.name === name)).map(([name, errors]) => ({ name, errors })));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={title} open={open} onCancel={onClose} onOk={submit} confirmLoading={busy} okText={t('app.submit')} cancelText={t('app.cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        {inputs.map((input) => (
          <Form.Item key={input.name} name={input.name} label={input.label}
            rules={input.required ? [{ required: true, whitespace: true, message: t('form.required', { label: input.label }) }] : []}>
            {input.kind === 'unit' ? <UnitSelect />
              : input.kind === 'textarea' ? <Input.TextArea rows={3} />
              : input.kind === 'select' ? <Select allowClear options={input.options} placeholder={t('form.select')} />
              : <Input />}
          </Form.Item>
        ))}
      </Form>
      <ProblemAlert error={error} fieldsShown={inputs.map((i) => i.name)} />
    </Modal>
  );
}
