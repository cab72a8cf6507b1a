import { Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { matters } from '../api/endpoints';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';
import { useAuth } from '../auth/useAuth';

/** The matters on offer, each with the number of things its form asks and an apply button. */
export default function OffersPage() {
  const { t, tr, pick } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const offers = useLoad(() => matters.offers(), []);
  if (offers.error) return <ProblemAlert error={offers.error} />;
  if (!offers.data) return <Skeleton active />;
  return (
    <Row gutter={[16, 16]}>
      {offers.data.map((offer) => (
        <Col key={offer.id} xs={24} sm={12} lg={8} xl={6}>
          <Card
            title={pick(offer.name, offer.nameEn)}
            extra={<Tag>{tr(`portal.family.${offer.family}`, offer.family)}</Tag>}
            actions={[
              <Button key="apply" type="link" onClick={() => navigate(`/portal/apply/${offer.id}`)}>
                {me ? t('portal.apply') : t('portal.signInToApply')}
              </Button>,
            ]}
          >
            <Space orientation="vertical" size={2}>
              <Typography.Text type="secondary">{offer.id} · v{offer.version}</Typography.Text>
              <Typography.Text>{t('portal.fields', { count: offer.form.length })}</Typography.Text>
            </Space>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
