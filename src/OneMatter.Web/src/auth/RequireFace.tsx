import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { useAuth } from './useAuth';
import { facesOf, type Face } from './faces';
import { useI18n } from '../i18n/useI18n';

/** Shows its children only to a signed-in user whose role may use `face`; sends a visitor to
 * sign in and back here afterwards. */
export default function RequireFace({ face, children }: { face: Face; children: ReactNode }) {
  const { me } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (me === undefined) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (me === null) return <Navigate to="/signin" state={{ from: location.pathname + location.search }} replace />;
  if (!facesOf(me.role).includes(face)) return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  return <>{children}</>;
}
