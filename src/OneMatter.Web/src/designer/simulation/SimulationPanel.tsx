import { SwapOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useDesignerText } from '../i18n/designerText';
import type { Definition } from '../model/definitionTypes';
import { advance, choicesFor, settle, startSimulation, type SimState } from '../model/simulation';
import { SimulationCompare } from './SimulationCompare';

/** Steps through the definition in the browser; the nodes holding tokens light up on the canvas.
 * The comparison with another definition runs on the server's engine (SimulationCompare). */
export function SimulationPanel({ id, definition, onTokens }: { id: string; definition: Definition; onTokens: (nodes: Set<string> | undefined) => void }) {
  const t = useDesignerText();
  const [state, setState] = useState<SimState | null>(null);
  const [comparing, setComparing] = useState(false);
  useEffect(() => onTokens(state ? new Set(state.tokens.map((k) => k.node)) : undefined), [state, onTokens]);
  useEffect(() => () => onTokens(undefined), [onTokens]);
  const name = (id: string) => definition.nodes?.[id]?.name ?? id;
  return (
    <div className="om-sim">
      <div className="om-muted">{t('sim.hint')}</div>
      <Space style={{ margin: '8px 0' }}>
        <Button type="primary" onClick={() => setState(settle(definition, startSimulation(definition)))}>{state ? t('sim.reset') : t('sim.start')}</Button>
        {state && <Button onClick={() => setState(null)}>✕</Button>}
        <Button icon={<SwapOutlined />} onClick={() => setComparing(true)}>{t('compare.open')}</Button>
      </Space>
      <Modal title={t('compare.title')} open={comparing} onCancel={() => setComparing(false)} footer={null} width={1040} destroyOnHidden>
        <SimulationCompare id={id} />
      </Modal>
      {state && (
        <>
          <div><Tag color="blue">{t('sim.clock', { day: Math.round(state.clock * 10) / 10 })}</Tag></div>
          {state.ended && <Typography.Text strong>{t('sim.ended', { result: state.ended })}</Typography.Text>}
          {state.tokens.map((token) => (
            <div key={token.id} className="om-card">
              <div><b>{name(token.node)}</b> <code>{token.node}</code></div>
              <div className="om-muted">{t('sim.choose')}</div>
              <Space wrap>
                {choicesFor(definition, token).map((exit) => (
                  <Button key={exit.id} size="small" onClick={() => setState((s) => s && advance(definition, s, token.id, exit))}>
                    {exit.label ? `${exit.label} → ` : '→ '}{name(exit.target)}
                  </Button>
                ))}
              </Space>
            </div>
          ))}
          <Typography.Title level={5}>{t('sim.log')}</Typography.Title>
          <Timeline items={state.log.map((step) => ({ content: `D${Math.round(step.day * 10) / 10} ${name(step.node)}${step.via ? ` (${step.via})` : ''}` }))} />
        </>
      )}
    </div>
  );
}
