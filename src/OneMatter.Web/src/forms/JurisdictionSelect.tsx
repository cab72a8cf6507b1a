import { useEffect, useState } from 'react';
import { Select } from 'antd';
import type { Jurisdiction } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import { placesOfLevel } from './placeCache';

interface Props { value?: string; onChange?: (value: string) => void; level?: string; parent?: string; id?: string }

/** A place of the org directory of one level, narrowed to the chosen parent place when there is one. */
export default function JurisdictionSelect({ value, onChange, level, parent, id }: Props) {
  const { t, pick } = useI18n();
  const [places, setPlaces] = useState<Jurisdiction[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    placesOfLevel(level).then((p) => { if (live) setPlaces(p); }).catch(() => undefined).finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
  }, [level]);
  const shown = parent ? places.filter((p) => p.parent === parent || p.zone === parent || p.id === value) : places;
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={loading}
      placeholder={t('form.select')}
      value={value || undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? '')}
      options={shown.map((p) => ({ value: p.id, label: pick(p.name, p.nameEn) }))}
    />
  );
}
