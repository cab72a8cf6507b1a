import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { allUnits } from './unitCache';

/** A unit id shown as its name in the UI language (`fallback`, else the id itself, until the
 * directory arrives or when it does not know the unit). */
export default function UnitName({ id, fallback }: { id: string; fallback?: string | null }) {
  const { pick } = useI18n();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setName(null);
    allUnits().then((units) => {
      const unit = units.find((u) => u.id === id);
      if (live && unit) setName(pick(unit.name, unit.nameEn));
    }).catch(() => undefined);
    return () => { live = false; };
  }, [id, pick]);
  return <>{name ?? fallback ?? id}</>;
}
