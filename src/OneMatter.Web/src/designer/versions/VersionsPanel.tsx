import { App, Button, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { definitionsApi } from '../api/definitionsApi';
import type { DefinitionDiffResult, DefinitionVersion } from '../api/definitionTypes';
import { useDesignerText } from '../i18n/designerText';
import { diffViewOf, type DiffView } from './diffView';

interface VersionsPanelProps {
  id: string;
  /** Changes when something was published, to reload the history. */
  refreshKey: number;
  diffView: DiffView | null;
  onDiff: (view: DiffView | null) => void;
  retired: boolean;
  onRetired: (retired: boolean) => void;
}

const statusColour = { added: 'green', removed: 'red', changed: 'orange' } as const;

/** The published history: every version, and two of them compared on the canvas (the server's
 * structural and line diff, the node colours computed from both texts). */
export function VersionsPanel({ id, refreshKey, diffView, onDiff, retired, onRetired }: VersionsPanelProps) {
  const t = useDesignerText();
  const { message } = App.useApp();
  const [versions, setVersions] = useState<DefinitionVersion[] | null>(null);
  const [from, setFrom] = useState<number>();
  const [to, setTo] = useState<number>();
  const [summary, setSummary] = useState<DefinitionDiffResult | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    definitionsApi
      .versions(id)
      .then((list) => {
        if (!live) return;
        setVersions(list);
        setTo(list[list.length - 1]?.version);
        setFrom(list[list.length - 2]?.version ?? list[0]?.version);
      })
      .catch(() => live && setVersions([]));
    return () => {
      live = false;
    };
  }, [id, refreshKey]);

  const compare = useCallback(async () => {
    if (from === undefined || to === undefined) return;
    setBusy(true);
    try {
      const [older, newer, server] = await Promise.all([
        definitionsApi.publishedYaml(id, from),
        definitionsApi.publishedYaml(id, to),
        definitionsApi.diff(id, from, to),
      ]);
      setSummary(server);
      onDiff(diffViewOf(from, older, to, newer));
    } catch (error) {
      void message.error(t('load.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  }, [id, from, to, onDiff, t, message]);

  const toggleRetired = async () => {
    try {
      const result = retired ? await definitionsApi.reinstate(id) : await definitionsApi.retire(id);
      onRetired(result.retired);
    } catch (error) {
      void message.error(t('save.failed', { message: (error as Error).message }));
    }
  };

  if (versions === null) return <div className="om-muted">…</div>;
  if (versions.length === 0) return <div className="om-muted">{t('versions.none')}</div>;
  const options = versions.map((v) => ({ value: v.version, label: `v${v.version}` }));
  return (
    <div className="om-versions">
      <Typography.Title level={5}>{t('versions.title')}</Typography.Title>
      <ul className="om-version-list">
        {[...versions].reverse().map((v) => (
          <li key={v.version}>
            <b>v{v.version}</b> {v.seeded && <Tag>{t('versions.seeded')}</Tag>}
            <div className="om-muted">
              {v.publishedBy} · {new Date(v.publishedAt).toLocaleString()}
            </div>
          </li>
        ))}
      </ul>
      <Space wrap style={{ marginTop: 8 }}>
        <span>{t('versions.from')}</span>
        <Select value={from} options={options} onChange={setFrom} style={{ width: 80 }} />
        <span>{t('versions.to')}</span>
        <Select value={to} options={options} onChange={setTo} style={{ width: 80 }} />
        <Button type="primary" loading={busy} onClick={() => void compare()} disabled={from === undefined || to === undefined}>
          {t('versions.showDiff')}
        </Button>
        {diffView && <Button onClick={() => onDiff(null)}>{t('versions.closeDiff')}</Button>}
      </Space>
      {diffView && summary && (
        <div className="om-diff-summary">
          <Typography.Text strong>{t('versions.diffTitle', { from: diffView.from, to: diffView.to })}</Typography.Text>{' '}
          <span className="om-muted">{t('versions.lines', { added: summary.added, removed: summary.removed })}</span>
          {summary.changes.length === 0 && <div className="om-muted">{t('versions.noChanges')}</div>}
          <ul>
            {summary.changes.map((c) => (
              <li key={c.path}>
                <Tag color={statusColour[c.kind]}>{t(`versions.${c.kind}`)}</Tag>
                <code>{c.path}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div style={{ marginTop: 16 }}>
        <Button danger={!retired} onClick={() => void toggleRetired()}>{retired ? t('versions.reinstate') : t('versions.retire')}</Button>
      </div>
    </div>
  );
}
