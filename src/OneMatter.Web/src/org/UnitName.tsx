import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { allUnits } from './unitCache';

/** A unit id shown as its name (the id itself until the directory arrives). */
export default function UnitName({ id }: { id: string }) {
  const { pick } = useI18n();
  const [name, setName] = useState(id);
  useEffect(() => {
    let live = true;
    allUnits().then((units) => {
      const unit = units.find((u) => u.id === id);
      if (live && unit) setName(pick(unit.name, unit.nameEn));
    }).catch(() => undefined);
    return () => { live = false; };
  }, [id, pick]);
  return <>{name}</>;
}
