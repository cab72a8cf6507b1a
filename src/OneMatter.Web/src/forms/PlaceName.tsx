import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { placesOfLevel } from './placeCache';

/** A jurisdiction id shown as its name (the id itself until the directory arrives). */
export default function PlaceName({ id }: { id: string }) {
  const { pick } = useI18n();
  const [name, setName] = useState<string>(id);
  useEffect(() => {
    let live = true;
    placesOfLevel(undefined).then((places) => {
      const place = places.find((p) => p.id === id);
      if (live && place) setName(pick(place.name, place.nameEn));
    }).catch(() => undefined);
    return () => { live = false; };
  }, [id, pick]);
  return <>{name}</>;
}
