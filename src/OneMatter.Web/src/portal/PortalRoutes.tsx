import { Menu } from 'antd';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import RequireFace from '../auth/RequireFace';
import { useI18n } from '../i18n/useI18n';
import OffersPage from './OffersPage';
import ApplyPage from './ApplyPage';
import MyMattersPage from './MyMattersPage';
import MatterStatusPage from './MatterStatusPage';
import LookupPage from './LookupPage';

/** The applicant portal: offers and the lookup for everyone; applying, my matters and a matter's
 * status for a signed-in applicant. */
export default function PortalRoutes() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const section = pathname.startsWith('/portal/mine') || pathname.startsWith('/portal/matters') ? 'mine'
    : pathname.startsWith('/portal/lookup') ? 'lookup' : 'offers';
  return (
    <>
      <Menu
        mode="horizontal"
        selectedKeys={[section]}
        style={{ marginBottom: 16, background: 'transparent' }}
        items={[
          { key: 'offers', label: <Link to="/portal">{t('portal.offers')}</Link> },
          { key: 'mine', label: <Link to="/portal/mine">{t('portal.mine')}</Link> },
          { key: 'lookup', label: <Link to="/portal/lookup">{t('portal.lookup')}</Link> },
        ]}
      />
      <Routes>
        <Route index element={<OffersPage />} />
        <Route path="lookup" element={<LookupPage />} />
        <Route path="apply/:definitionId" element={<RequireFace face="portal"><ApplyPage /></RequireFace>} />
        <Route path="mine" element={<RequireFace face="portal"><MyMattersPage /></RequireFace>} />
        <Route path="matters/:id" element={<RequireFace face="portal"><MatterStatusPage /></RequireFace>} />
      </Routes>
    </>
  );
}
