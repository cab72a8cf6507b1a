import { useState } from 'react';
import { Card, Skeleton } from 'antd';
import { useParams } from 'react-router-dom';
import { matters } from '../api/endpoints';
import type { ApplicationReceipt } from '../api/types';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import GeneratedForm from '../forms/GeneratedForm';
import { useI18n } from '../i18n/useI18n';
import ReceiptView from './ReceiptView';

/** Applying for a matter with the form generated from its definition; then its receipt. */
export default function ApplyPage() {
  const { definitionId = '' } = useParams();
  const { t, pick } = useI18n();
  const offers = useLoad(() => matters.offers(), []);
  const [receipt, setReceipt] = useState<ApplicationReceipt | null>(null);
  if (receipt) return <ReceiptView receipt={receipt} />;
  if (offers.error) return <ProblemAlert error={offers.error} />;
  if (!offers.data) return <Skeleton active />;
  const offer = offers.data.find((o) => o.id === definitionId);
  if (!offer) return <ProblemAlert error={new Error(definitionId)} />;
  return (
    <Card title={t('portal.applyFor', { name: pick(offer.name, offer.nameEn) })} style={{ maxWidth: 720 }}>
      <GeneratedForm
        fields={offer.form}
        submitText={t('app.submit')}
        onSubmit={async (values) => setReceipt(await matters.apply(offer.id, values))}
      />
    </Card>
  );
}
