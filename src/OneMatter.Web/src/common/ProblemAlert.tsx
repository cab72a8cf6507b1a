import { Alert } from 'antd';
import { ApiError, problemText } from '../api/problem';
import { useI18n } from '../i18n/useI18n';

/** An API failure as an alert: the problem's detail, and its field errors when they cannot be
 * shown beside a field of the screen. */
export default function ProblemAlert({ error, fieldsShown = [] }: { error: unknown; fieldsShown?: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return <Alert type="error" showIcon title={t('app.error')} description={String((error as Error)?.message ?? error)} style={{ marginBottom: 16 }} />;
  }
  const problem = error.problem;
  const others = Object.entries(problem.errors).filter(([field]) => !fieldsShown.includes(field));
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={problem.status === 0 ? t('problem.network') : problemText(problem)}
      description={others.length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {others.flatMap(([field, messages]) => messages.map((m) => <li key={field + m}>{field}: {m}</li>))}
        </ul>
      ) : undefined}
    />
  );
}
