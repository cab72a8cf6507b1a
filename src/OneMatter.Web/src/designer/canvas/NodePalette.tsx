import type { DragEvent } from 'react';
import { useDesignerText } from '../i18n/designerText';
import { nodeKinds } from '../model/nodeKinds';
import { kindIcons } from './kindIcons';

/** The mime type a palette drag carries, read by the canvas drop handler. */
export const paletteMime = 'application/x-onematter-node-kind';

/** The node kinds, dragged onto the canvas to add a node (clicking adds one in view too). */
export function NodePalette({ onAdd, disabled }: { onAdd: (kind: (typeof nodeKinds)[number]) => void; disabled?: boolean }) {
  const t = useDesignerText();
  const start = (event: DragEvent, kind: string) => {
    event.dataTransfer.setData(paletteMime, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div className="om-palette">
      <div className="om-palette__title">{t('palette.title')}</div>
      <div className="om-palette__hint">{t('palette.hint')}</div>
      {nodeKinds.map((kind) => (
        <div
          key={kind}
          className={`om-palette__item om-node--${kind}`}
          draggable={!disabled}
          onDragStart={(e) => start(e, kind)}
          onDoubleClick={() => !disabled && onAdd(kind)}
          data-kind={kind}
        >
          {kindIcons[kind]} <span>{t(`kind.${kind}`)}</span>
        </div>
      ))}
    </div>
  );
}
