import { Button, Layout, Menu, Segmented, Space, Spin, Typography } from 'antd';
import { ApartmentOutlined, DashboardOutlined, LoginOutlined, LogoutOutlined, ShopOutlined, SolutionOutlined } from '@ant-design/icons';
import { Suspense, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/useAuth';
import { facesOf, type Face } from '../auth/faces';
import { useI18n } from '../i18n/useI18n';
import type { Language } from '../i18n/format';
import { disconnect } from '../realtime/connection';

const icons: Record<Face, ReactNode> = {
  portal: <ShopOutlined />,
  workbench: <SolutionOutlined />,
  command: <DashboardOutlined />,
  designer: <ApartmentOutlined />,
};

/** The frame of every face: the faces the signed-in role may use, the language switch and the
 * account. */
export default function AppLayout() {
  const { t, tr, language, setLanguage } = useI18n();
  const { me, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname.split('/')[1] ?? '';

  const leave = async () => {
    await disconnect();
    await signOut();
    navigate('/portal');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.title')}</Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[current]}
          style={{ flex: 1, minWidth: 0 }}
          items={facesOf(me?.role).map((face) => ({ key: face, icon: icons[face], label: <Link to={`/${face}`}>{t(`face.${face}`)}</Link> }))}
        />
        <Space size="middle">
          <Segmented<Language>
            size="small"
            value={language}
            onChange={setLanguage}
            options={[{ label: '中文', value: 'zh-CN' }, { label: 'EN', value: 'en' }]}
            aria-label={t('app.language')}
          />
          {me ? (
            <>
              <Typography.Text style={{ color: '#fff' }}>{t('auth.signedInAs', { name: me.displayName, role: tr(`role.${me.role}`, me.role) })}</Typography.Text>
              <Button size="small" icon={<LogoutOutlined />} onClick={leave}>{t('auth.signOut')}</Button>
            </>
          ) : me === null ? (
            <Button size="small" type="primary" icon={<LoginOutlined />} onClick={() => navigate('/signin', { state: { from: location.pathname } })}>
              {t('auth.signIn')}
            </Button>
          ) : null}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {/* The faces load lazily: the frame stays while a face's chunk arrives. */}
        <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
