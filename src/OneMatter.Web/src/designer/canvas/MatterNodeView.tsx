import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDesignerText } from '../i18n/designerText';
import type { MatterFlowNode } from '../model/flowGraph';

/** A node on the canvas: kind, name, holder (coloured per unit), deadline and document badges,
 * and the marks laid over it (errors, diff, simulated token). Memoized and kept to plain elements
 * (no icon components): xyflow renders every node once on opening, to measure it. */
function MatterNodeViewImpl({ id, data, selected }: NodeProps<MatterFlowNode>) {
  const t = useDesignerText();
  const classes = ['om-node', `om-node--${data.kind}`];
  if (selected) classes.push('om-node--selected');
  if (data.errors?.length) classes.push('om-node--error');
  if (data.diff) classes.push(`om-node--${data.diff}`);
  if (data.token) classes.push('om-node--token');
  return (
    <div className={classes.join(' ')} style={{ borderLeftColor: data.colour }} title={data.errors?.join('\n')} data-testid={`node-${id}`}>
      <Handle type="target" position={Position.Left} />
      <div className="om-node__head">
        <span className="om-node__kind" style={{ color: data.colour }}>
          {t(`kind.${data.kind}`)}
        </span>
        {data.isStart && <span className="om-badge om-badge--start">{t('node.start')}</span>}
        {data.errors?.length ? <span className="om-badge om-badge--error">{t('node.errors', { count: data.errors.length })}</span> : null}
      </div>
      <div className="om-node__name">{data.name}</div>
      <div className="om-node__id">{id}{data.step ? ` · ${data.step}` : ''}</div>
      <div className="om-node__badges">
        {data.holder && (
          <span className="om-badge" style={{ background: data.colour, color: '#fff' }}>
            {data.holder}
          </span>
        )}
        {data.deadline && <span className="om-badge om-badge--deadline">⏱ {data.deadline}</span>}
        {data.documents.map((d) => (
          <span key={d} className="om-badge om-badge--document">📄 {d}</span>
        ))}
      </div>
      {data.kind !== 'end' && <Handle type="source" position={Position.Right} />}
    </div>
  );
}

function sameData(a: NodeProps<MatterFlowNode>, b: NodeProps<MatterFlowNode>): boolean {
  if (a.selected !== b.selected || a.id !== b.id) return false;
  const x = a.data;
  const y = b.data;
  return (
    x === y ||
    (x.kind === y.kind &&
      x.name === y.name &&
      x.step === y.step &&
      x.holder === y.holder &&
      x.colour === y.colour &&
      x.deadline === y.deadline &&
      x.isStart === y.isStart &&
      x.diff === y.diff &&
      x.token === y.token &&
      x.documents.join() === y.documents.join() &&
      (x.errors ?? []).join() === (y.errors ?? []).join())
  );
}

export const MatterNodeView = memo(MatterNodeViewImpl, sameData);
