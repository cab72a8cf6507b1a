import { useState } from 'react';
import { Checkbox, Input, Modal } from 'antd';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';

interface Props {
  title: string;
  open: boolean;
  onClose: () => void;
  /** When set, a checkbox (ticked by default) to issue this document with it: the 督办单. */
  documentLabel?: string;
  onSubmit: (message: string | undefined, withDocument: boolean) => Promise<void>;
}

/** 催办 or 督办 with an optional message to the holder (and, for 督办, the 督办单). */
export default function MessageModal({ title, open, onClose, documentLabel, onSubmit }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [withDocument, setWithDocument] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text.trim() || undefined, !!documentLabel && withDocument);
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
      {documentLabel && (
        <Checkbox style={{ marginTop: 12 }} checked={withDocument} onChange={(e) => setWithDocument(e.target.checked)}>
          {documentLabel}
        </Checkbox>
      )}
      <div style={{ marginTop: 12 }}><ProblemAlert error={error} /></div>
    </Modal>
  );
}
