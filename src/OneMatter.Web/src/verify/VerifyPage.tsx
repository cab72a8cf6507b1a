import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Descriptions, Form, Input, Result, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { documents, type Verification } from '../api/endpoints';
import ProblemAlert from '../common/ProblemAlert';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';
import { normalizeHash, sha256Hex } from './sha256';

interface VerifyValues { code: string; sha256?: string }

/**
 * 文书核验: anyone holding a paper or a file checks the verification code printed on it (the
 * address on every document leads here with ?code=), and optionally that the file is unaltered —
 * its SHA-256 is computed in the browser and only the hash is sent.
 */
export default function VerifyPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [form] = Form.useForm<VerifyValues>();
  const [answer, setAnswer] = useState<Verification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);

  const check = async (values: VerifyValues) => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await documents.verify(values.code.trim(), normalizeHash(values.sha256)));
    } catch (e) {
      setAnswer(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const hashFile = async (file: File) => {
    form.setFieldValue('sha256', await sha256Hex(await file.arrayBuffer()));
    setFileName(file.name);
    return false; // nothing is uploaded
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('verify.title')}>
        <Typography.Paragraph type="secondary">{t('verify.hint')}</Typography.Paragraph>
        <Form<VerifyValues> form={form} layout="vertical" onFinish={check} initialValues={{ code: params.get('code') ?? '' }} style={{ maxWidth: 640 }}>
          <Form.Item name="code" label={t('verify.code')} rules={[{ required: true, message: t('form.required', { label: t('verify.code') }) }]}>
            <Input placeholder="7K3QM-9XPMA" data-testid="verify-code" />
          </Form.Item>
          <Form.Item name="sha256" label={t('verify.sha256')} extra={fileName ? t('verify.hashedFile', { name: fileName }) : t('verify.sha256Hint')}
            rules={[{ validator: (_, v: string | undefined) => (!v || normalizeHash(v) ? Promise.resolve() : Promise.reject(new Error(t('verify.badHash')))) }]}>
            <Input placeholder="64 hex" />
          </Form.Item>
          <Space>
            <Upload beforeUpload={hashFile} showUploadList={false} maxCount={1}>
              <Button icon={<UploadOutlined />}>{t('verify.chooseFile')}</Button>
            </Upload>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="verify-submit">{t('verify.check')}</Button>
          </Space>
        </Form>
      </Card>
      <ProblemAlert error={error} />
      {answer && <VerificationResult answer={answer} />}
    </Space>
  );
}

function VerificationResult({ answer }: { answer: Verification }) {
  const { t } = useI18n();
  const status = answer.check === 'genuine' ? 'success' : answer.check === 'hash-mismatch' ? 'warning' : 'error';
  return (
    <Result status={status} title={t(`verify.result.${answer.check}`)} data-testid="verify-result">
      {answer.title && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('verify.document')}>{answer.title}</Descriptions.Item>
          <Descriptions.Item label={t('verify.number')}>{answer.number}</Descriptions.Item>
          <Descriptions.Item label={t('verify.matter')}>{answer.matter}</Descriptions.Item>
          <Descriptions.Item label={t('verify.issued')}>{dateTime(answer.issuedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('verify.genuineHash')}><Typography.Text code copyable>{answer.sha256}</Typography.Text></Descriptions.Item>
        </Descriptions>
      )}
    </Result>
  );
}
