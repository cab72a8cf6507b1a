import { useState } from 'react';
import { Input, Modal } from 'antd';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';

interface Props { title: string; open: boolean; onClose: () => void; onSubmit: (message: string | undefined) => Promise<void> }

/** 催办 or 督办 with an optional message to the holder. */
export default function MessageModal({ title, open, onClose, onSubmit }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text.trim() || undefined);
      setText('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={title} open={open} onCancel={onClose} onOk={send} confirmLoading={busy} okText={t('app.submit')} cancelText={t('app.cancel')} destroyOnHidden>
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('command.message')} />
      <div style={{ marginTop: 12 }}><ProblemAlert error={error} /></div>
    </Modal>
  );
}
