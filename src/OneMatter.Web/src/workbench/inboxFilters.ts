import type { InboxFilter } from '../api/types';
import type { MessageKey } from '../i18n/zh';

/** The inbox's tabs, in the order an officer works through them. */
export const inboxFilters: { filter: InboxFilter; label: MessageKey }[] = [
  { filter: 'pending', label: 'inbox.pending' },
  { filter: 'mine', label: 'inbox.mine' },
  { filter: 'due-soon', label: 'inbox.dueSoon' },
  { filter: 'overdue', label: 'inbox.overdue' },
];
