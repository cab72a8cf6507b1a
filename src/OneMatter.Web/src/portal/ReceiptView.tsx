import { Button, Descriptions, Result, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ApplicationReceipt } from '../api/types';
import { useI18n } from '../i18n/useI18n';

/** The receipt of an accepted application: the receipt number and the query code to look it up. */
export default function ReceiptView({ receipt }: { receipt: ApplicationReceipt }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('portal.receipt')}
      subTitle={t('portal.receiptHint')}
      extra={<Button type="primary" onClick={() => navigate(`/portal/matters/${encodeURIComponent(receipt.receiptNumber)}`)}>{t('portal.viewStatus')}</Button>}
    >
      <Descriptions bordered column={1} size="small" style={{ maxWidth: 480, margin: '0 auto' }}>
        <Descriptions.Item label={t('portal.receiptNumber')}><Typography.Text copyable strong data-testid="receipt-number">{receipt.receiptNumber}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('portal.queryCode')}><Typography.Text copyable strong data-testid="query-code">{receipt.queryCode}</Typography.Text></Descriptions.Item>
      </Descriptions>
    </Result>
  );
}
