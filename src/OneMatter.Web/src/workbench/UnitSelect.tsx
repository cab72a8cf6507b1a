import { useEffect, useState } from 'react';
import { Select } from 'antd';
import type { Unit } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import { allUnits } from '../org/unitCache';

/** A unit of the org directory, searchable by name. */
export default function UnitSelect({ value, onChange, id }: { value?: string; onChange?: (value: string) => void; id?: string }) {
  const { t, pick } = useI18n();
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => { allUnits().then(setUnits).catch(() => undefined); }, []);
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('form.select')}
      value={value || undefined}
      onChange={(v: string) => onChange?.(v)}
      options={units.map((u) => ({ value: u.id, label: `${pick(u.name, u.nameEn)}${u.jurisdictionName ? ` · ${u.jurisdictionName}` : ''}` }))}
    />
  );
}
