import { Space, Tag, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../api/types';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';

const colours: Record<string, string> = {
  'task-returned': 'red', 'task-urged': 'orange', 'task-supervised': 'magenta', 'deadline-escalated': 'red', 'matter-ended': 'green',
  'task-completed': 'green', 'work-item-completed': 'green', 'comment-added': 'gray', 'document-issued': 'cyan',
};

/** The matter's log as an officer reads it: who did what, when, in which unit, and why. */
export default function HistoryTimeline({ entries, outcomeLabel = (_node, outcome) => outcome }: {
  entries: HistoryEntry[];
  /** An outcome's label where the screen knows its node's outcomes; else the id. */
  outcomeLabel?: (node: string | null | undefined, outcome: string) => string;
}) {
  const { tr } = useI18n();
  return (
    <Timeline
      items={entries.map((e) => ({
        key: e.sequence,
        color: colours[e.type] ?? 'blue',
        content: (
          <Space orientation="vertical" size={0}>
            <Space wrap size={4}>
              <Typography.Text type="secondary">{dateTime(e.at)}</Typography.Text>
              <Typography.Text strong>{tr(`history.${e.type}`, e.type)}</Typography.Text>
              {e.nodeName && <Tag>{e.nodeName}</Tag>}
              {e.outcome && <Tag color="green">{outcomeLabel(e.node, e.outcome)}</Tag>}
              {e.target && <Typography.Text type="secondary">→ {e.target}</Typography.Text>}
            </Space>
            <Typography.Text type="secondary">{e.unitName ?? e.unit ?? ''} {e.actor}</Typography.Text>
            {e.text && <Typography.Text>{e.text}</Typography.Text>}
          </Space>
        ),
      }))}
    />
  );
}
