import { SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { definitionsApi } from '../api/definitionsApi';
import type { DefinitionSummary, SimulatedRun, SimulatedStep, SimulationComparison } from '../api/definitionTypes';
import { useDesignerText, type DesignerKey } from '../i18n/designerText';
import { alignRows, defaultCounterpart, formatDays, holderOf, shortTime, totalsOf } from './compareRows';

/**
 * Two published definitions run through the engine's own simulator (POST /api/definitions/compare)
 * on the same simulated clock, every holder taking its full time limit: the open one on the left,
 * the chosen one on the right, step by step, with their working days and the difference.
 */
export function SimulationCompare({ id }: { id: string }) {
  const t = useDesignerText();
  const { language } = useI18n();
  const [definitions, setDefinitions] = useState<DefinitionSummary[] | null>(null);
  const [other, setOther] = useState<string>();
  const [comparison, setComparison] = useState<SimulationComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    definitionsApi
      .list({ signal: abort.signal })
      .then((list) => {
        const published = list.filter((d) => d.latestVersion != null);
        setDefinitions(published);
        setOther((chosen) => chosen ?? defaultCounterpart(id, published.map((d) => d.id)));
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(t('load.failed', { message: (e as Error).message }));
      });
    return () => abort.abort();
  }, [id, t]);

  const run = useCallback(
    async (counterpart: string, signal?: AbortSignal) => {
      setBusy(true);
      setError(null);
      try {
        setComparison(await definitionsApi.compare({ id }, { id: counterpart }, undefined, { signal }));
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setComparison(null);
        setError(t('compare.failed', { message: (e as Error).message }));
      } finally {
        if (!signal?.aborted) setBusy(false);
      }
    },
    [id, t],
  );

  // Runs as soon as there is something to compare with, and again when the choice changes.
  useEffect(() => {
    if (!other) return;
    const abort = new AbortController();
    void run(other, abort.signal);
    return () => abort.abort();
  }, [other, run]);

  const rows = useMemo(() => (comparison ? alignRows(comparison.a.timeline, comparison.b.timeline) : []), [comparison]);
  const totals = comparison ? totalsOf(comparison) : null;
  const title = (run: SimulatedRun) => (language === 'en' ? run.nameEn || run.name : run.name);

  return (
    <div className="om-compare" data-testid="simulation-compare">
      <div className="om-muted">{t('compare.hint')}</div>
      <Space wrap style={{ margin: '8px 0' }}>
        <code>{id}</code>
        <SwapOutlined />
        <Select
          aria-label={t('compare.with')}
          style={{ minWidth: 260 }}
          placeholder={t('compare.choose')}
          loading={definitions === null}
          value={other}
          onChange={setOther}
          showSearch={{ optionFilterProp: 'label' }}
          options={(definitions ?? []).filter((d) => d.id !== id).map((d) => ({ value: d.id, label: `${d.name ?? d.id} (${d.id})` }))}
        />
        <Button type="primary" disabled={!other} loading={busy} onClick={() => other && void run(other)}>{t('compare.run')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {busy && !comparison && <Spin />}
      {comparison && totals && (
        <>
          <div className="om-compare__totals" data-testid="compare-totals">
            <Typography.Text strong>{t('compare.totals', { a: totals.a, b: totals.b })}</Typography.Text>
            {totals.faster ? (
              <Tag color="green">
                {t('compare.faster', {
                  name: title(totals.faster === 'a' ? comparison.a : comparison.b),
                  days: totals.saved,
                  times: totals.times ?? '∞',
                })}
              </Tag>
            ) : (
              <Tag>{t('compare.same')}</Tag>
            )}
          </div>
          <div className="om-compare__grid" role="table" aria-label={t('compare.title')}>
            <div className="om-compare__row om-compare__head" role="row">
              <div role="columnheader">#</div>
              <RunHeader run={comparison.a} title={title(comparison.a)} side="a" />
              <RunHeader run={comparison.b} title={title(comparison.b)} side="b" />
            </div>
            {rows.map((row) => (
              <div key={row.index} className="om-compare__row" role="row">
                <div role="cell" className="om-muted">{row.index + 1}</div>
                <StepCell step={row.a} />
                <StepCell step={row.b} />
              </div>
            ))}
            <div className="om-compare__row om-compare__foot" role="row">
              <div role="cell">{t('compare.total')}</div>
              <RunTotal run={comparison.a} side="a" />
              <RunTotal run={comparison.b} side="b" />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function RunHeader({ run, title, side }: { run: SimulatedRun; title: string; side: 'a' | 'b' }) {
  const t = useDesignerText();
  return (
    <div role="columnheader" data-testid={`compare-column-${side}`}>
      <div><b>{title}</b></div>
      <div className="om-muted"><code>{run.id}</code> v{run.version} · {t('compare.applicantSteps', { count: run.applicantSteps })}</div>
    </div>
  );
}

function RunTotal({ run, side }: { run: SimulatedRun; side: 'a' | 'b' }) {
  const t = useDesignerText();
  return (
    <div role="cell" data-testid={`compare-total-${side}`}>
      <b>{t('compare.days', { days: formatDays(run.workingDays) })}</b>
      <span className="om-muted"> · {t('compare.calendarDays', { days: formatDays(run.calendarDays) })}</span>
      {run.stopped ? (
        <div><Tag color="red">{t('compare.stopped', { why: run.stopped })}</Tag></div>
      ) : run.result ? (
        <div><Tag color="blue">{t('compare.result', { result: t(`prop.result.${run.result}` as DesignerKey) })}</Tag></div>
      ) : null}
    </div>
  );
}

function StepCell({ step }: { step?: SimulatedStep }) {
  const t = useDesignerText();
  const { pick } = useI18n();
  if (!step) return <div role="cell" />;
  return (
    <div role="cell" className="om-compare__step">
      <div>
        <b>{step.name}</b> {step.step && <Tag>{pick(step.step, step.stepEn)}</Tag>}
        {step.late && <Tag color="red">{t('compare.late')}</Tag>}
      </div>
      <div className="om-muted">{holderOf(step)}</div>
      <div className="om-muted">
        {shortTime(step.start)} → {shortTime(step.end)} · {t('compare.days', { days: formatDays(step.workingDays) })}
        {' · '}{t('compare.elapsed', { days: formatDays(step.elapsed) })}
      </div>
    </div>
  );
}
