import { Fragment } from 'react';
import { Space, Tag, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../api/types';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';
import UnitName from '../org/UnitName';
import { historyTarget, type TargetPart } from './historyTarget';

const colours: Record<string, string> = {
  'task-returned': 'red', 'task-urged': 'orange', 'task-supervised': 'magenta', 'deadline-escalated': 'red', 'matter-ended': 'green',
  'task-completed': 'green', 'work-item-completed': 'green', 'comment-added': 'gray', 'document-issued': 'cyan', 'files-attached': 'cyan',
};

/** The matter's log as an officer reads it: who did what, when, in which unit (by name), to whom,
 * and why. */
export default function HistoryTimeline({ entries, outcomeLabel = (_node, outcome) => outcome, nodeName }: {
  entries: HistoryEntry[];
  /** An outcome's label where the screen knows its node's outcomes; else the id. */
  outcomeLabel?: (node: string | null | undefined, outcome: string) => string;
  /** A node's name in the UI language where the screen knows it (else the entry's own name in
   * the UI language, or a return's target as its id). */
  nodeName?: (node: string) => string;
}) {
  const { tr, pick, language } = useI18n();
  const comma = language === 'en' ? ', ' : '、';
  const part = (p: TargetPart) => (p.kind === 'unit' ? <UnitName id={p.value} /> : p.kind === 'node' ? nodeName?.(p.value) ?? p.value : p.value);
  return (
    <Timeline
      items={entries.map((e) => {
        const target = historyTarget(e.type, e.target);
        return {
          key: e.sequence,
          color: colours[e.type] ?? 'blue',
          content: (
            <Space orientation="vertical" size={0}>
              <Space wrap size={4}>
                <Typography.Text type="secondary">{dateTime(e.at)}</Typography.Text>
                <Typography.Text strong>{tr(`history.${e.type}`, e.type)}</Typography.Text>
                {e.nodeName && <Tag>{e.node && nodeName ? nodeName(e.node) : pick(e.nodeName, e.nodeNameEn)}</Tag>}
                {e.outcome && <Tag color="green">{outcomeLabel(e.node, e.outcome)}</Tag>}
                {target.length > 0 && (
                  <Typography.Text type="secondary">
                    → {target.map((p, i) => <Fragment key={i}>{i > 0 && (p.kind === 'user' ? ' / ' : comma)}{part(p)}</Fragment>)}
                  </Typography.Text>
                )}
              </Space>
              <Typography.Text type="secondary">{e.unit ? <UnitName id={e.unit} fallback={e.unitName} /> : ''} {e.actor}</Typography.Text>
              {e.text && <Typography.Text>{e.text}</Typography.Text>}
            </Space>
          ),
        };
      })}
    />
  );
}
