import { useEffect, useRef, useState } from 'react';
import { App, Button, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { attachments } from '../api/endpoints';
import { useI18n } from '../i18n/useI18n';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  multiple?: boolean;
  id?: string;
  /** Told whether a file is still uploading (a dialog holds its submit until none is). */
  onBusy?: (busy: boolean) => void;
  /** Told of a failed upload, whose problem the caller shows; else a toast names the file. */
  onError?: (error: unknown, file: File) => void;
}

const ids = (value?: string) => (value ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/** Uploads each chosen file to POST /api/attachments and keeps the field's value as the
 * attachment ids joined with `;`, the form's canonical file value. */
export default function FileField({ value, onChange, multiple, id, onBusy, onError }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  // Names of the files uploaded here; ids given from outside show as themselves.
  const [names, setNames] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState<UploadFile[]>([]);
  const current = ids(value);
  // Several files may finish together: each adds its id to the newest value, not the rendered one.
  const latestValue = useRef(value);
  latestValue.current = value;
  const busy = uploading.length > 0;
  useEffect(() => { onBusy?.(busy); }, [busy, onBusy]);

  const fileList: UploadFile[] = [
    ...current.map((attachment) => ({ uid: attachment, name: names[attachment] ?? attachment, status: 'done' as const })),
    ...uploading,
  ];

  return (
    <Upload
      id={id}
      multiple={multiple}
      fileList={fileList}
      onRemove={(file) => { onChange?.(current.filter((x) => x !== file.uid).join(';')); return true; }}
      customRequest={async (options) => {
        const file = options.file as File;
        const pending: UploadFile = { uid: `pending-${file.name}-${Date.now()}`, name: file.name, status: 'uploading' };
        setUploading((list) => [...list, pending]);
        try {
          const stored = await attachments.upload(file);
          setNames((n) => ({ ...n, [stored.id]: stored.name }));
          const next = (multiple ? [...ids(latestValue.current), stored.id] : [stored.id]).join(';');
          latestValue.current = next;
          onChange?.(next);
          options.onSuccess?.(stored);
        } catch (error) {
          if (onError) onError(error, file);
          else message.error(t('form.uploadFailed', { name: file.name }));
          options.onError?.(error as Error);
        } finally {
          setUploading((list) => list.filter((x) => x.uid !== pending.uid));
        }
      }}
    >
      <Button icon={<UploadOutlined />}>{t('form.upload')}</Button>
    </Upload>
  );
}
