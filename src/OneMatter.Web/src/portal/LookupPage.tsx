import { useState } from 'react';
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { matters } from '../api/endpoints';
import type { MatterStatus } from '../api/types';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';
import MatterStatusView from '../matter/MatterStatusView';

interface LookupValues { receipt: string; code: string }

/** 办件查询: the status by receipt number and query code, without an account. */
export default function LookupPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<MatterStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const look = async (values: LookupValues) => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await matters.lookup(values.receipt.trim(), values.code.trim()));
    } catch (e) {
      setStatus(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('portal.lookup')}>
        <Typography.Paragraph type="secondary">{t('portal.lookupHint')}</Typography.Paragraph>
        <Form<LookupValues> layout="inline" onFinish={look}>
          <Form.Item name="receipt" label={t('portal.receiptNumber')} rules={[{ required: true, message: t('form.required', { label: t('portal.receiptNumber') }) }]}>
            <Input placeholder="RH-20261127-123456" style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="code" label={t('portal.queryCode')} rules={[{ required: true, message: t('form.required', { label: t('portal.queryCode') }) }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>{t('portal.lookupGo')}</Button>
        </Form>
      </Card>
      <ProblemAlert error={error} />
      {status && <MatterStatusView status={status} downloadable={false} />}
    </Space>
  );
}
