import { useDesignerText } from '../i18n/designerText';
import { MatterProperties } from './MatterProperties';
import { NodeProperties } from './NodeProperties';

/** The node's properties when one is selected, the matter's when none is. */
export function PropertiesPanel({ selection }: { selection: string[] }) {
  const t = useDesignerText();
  if (selection.length === 1) return <NodeProperties id={selection[0]} />;
  if (selection.length > 1) return <div className="om-muted">{t('panel.multiple', { count: selection.length })}</div>;
  return <MatterProperties />;
}
