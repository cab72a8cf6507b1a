import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from './useAuth';
import { homeOf } from './faces';
import { useI18n } from '../i18n/useI18n';
import { ApiError, problemText } from '../api/problem';

interface SignInValues { userName: string; password: string }

/** Sign-in with a user name and password; the server sets the session cookie. Returns to the
 * page that asked for it, else to the role's own face. */
export default function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from;

  const submit = async (values: SignInValues) => {
    setBusy(true);
    setError(null);
    try {
      const me = await signIn(values.userName.trim(), values.password);
      navigate(from && from !== '/signin' ? from : homeOf(me.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? problemText(e.problem) : t('problem.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 64 }}>
      <Card title={t('auth.signInTitle')} style={{ width: 400 }}>
        {error && <Alert type="error" title={t('auth.failed')} description={error} style={{ marginBottom: 16 }} showIcon />}
        <Form<SignInValues> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="userName" label={t('auth.userName')} rules={[{ required: true, message: t('form.required', { label: t('auth.userName') }) }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('form.required', { label: t('auth.password') }) }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>{t('auth.signIn')}</Button>
        </Form>
      </Card>
    </div>
  );
}
