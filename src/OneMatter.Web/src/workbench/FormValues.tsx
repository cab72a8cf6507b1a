import { useMemo } from 'react';
import { Descriptions, Space, Typography } from 'antd';
import { attachments } from '../api/endpoints';
import type { Field, FormValue, MatterFile } from '../api/types';
import { choiceLabel, optionsById } from '../forms/choiceLabel';
import { fieldKind } from '../forms/fieldType';
import PlaceName from '../forms/PlaceName';
import { useI18n } from '../i18n/useI18n';

interface Props {
  /** The values, a choice's with its field's options (from the server). */
  values: FormValue[];
  /** The task node's fields, whose options name a choice too. */
  fields?: Field[];
  files?: MatterFile[];
}

/** The matter's form as filled in: places by name, choices by their option labels, attachments as
 * download links (named when the matter's file list knows them), booleans as yes/no. */
export default function FormValues({ values, fields, files = [] }: Props) {
  const { t, pick, language } = useI18n();
  const options = useMemo(() => optionsById(values, fields), [values, fields]);
  const show = (v: FormValue) => {
    if (!v.value) return '—';
    switch (fieldKind(v.type)) {
      case 'file':
        return (
          <Space wrap size={8}>
            {v.value.split(';').map((id) => (
              <Typography.Link key={id} href={attachments.downloadUrl(id)} target="_blank">{files.find((f) => f.id === id)?.name ?? id}</Typography.Link>
            ))}
          </Space>
        );
      case 'jurisdiction': return <PlaceName id={v.value} />;
      case 'boolean': return v.value === 'true' ? t('form.yes') : t('form.no');
      case 'choice': return choiceLabel(v.value, options[v.id], language);
      default: return v.value;
    }
  };
  return (
    <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }}
      items={values.map((v) => ({ key: v.id, label: pick(v.label, v.labelEn), children: show(v) }))} />
  );
}
