import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Result, Spin } from 'antd';
import AppLayout from './layout/AppLayout';
import SignInPage from './auth/SignInPage';
import RequireFace from './auth/RequireFace';
import { useAuth } from './auth/useAuth';
import { homeOf } from './auth/faces';
import { useI18n } from './i18n/useI18n';
import { fetchOpeningEarly } from './designer/api/openingTexts';

// Each face is its own chunk: an applicant never downloads the designer's editor or the command
// centre's charts.
const PortalRoutes = lazy(() => import('./portal/PortalRoutes'));
const WorkbenchRoutes = lazy(() => import('./workbench/WorkbenchRoutes'));
const CommandCentrePage = lazy(() => import('./command/CommandCentrePage'));
const loadDesigner = () => import('./designer/DesignerPage');
const DesignerPage = lazy(loadDesigner);
const VerifyPage = lazy(() => import('./verify/VerifyPage'));

// A page loaded at /designer/{id} fetches the designer's chunk and the definition beside the
// sign-in check instead of one after the other (the definition is asked with the session cookie;
// a visitor not signed in is asked to sign in and the page fetches it again).
const designerPath = /^\/designer\/([^/]+)\/?$/.exec(window.location.pathname);
if (designerPath) {
  void loadDesigner();
  fetchOpeningEarly(decodeURIComponent(designerPath[1]));
}

function Home() {
  const { me } = useAuth();
  if (me === undefined) return <Spin style={{ display: 'block', margin: 48 }} />;
  return <Navigate to={homeOf(me?.role)} replace />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('app.notFound')} />;
}

export default function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Home />} />
        <Route path="signin" element={<SignInPage />} />
        {/* 文书核验: the address printed on every issued document; open to anyone. */}
        <Route path="verify" element={<VerifyPage />} />
        {/* The portal is open to visitors (offers, lookup); its own routes ask for sign-in. */}
        <Route path="portal/*" element={<PortalRoutes />} />
        <Route path="workbench/*" element={<RequireFace face="workbench"><WorkbenchRoutes /></RequireFace>} />
        <Route path="command/*" element={<RequireFace face="command"><CommandCentrePage /></RequireFace>} />
        <Route path="designer/*" element={<RequireFace face="designer"><DesignerPage /></RequireFace>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
