import { del, get, post, query } from './client';
import type {
  Alert, ApplicationReceipt, Attachment, CommandResult, InboxFilter, InboxItem, Jurisdiction, MatterOffer, MatterStatus, MatterSummary, Me,
  Page, SupervisionMatters, TaskDetail, Unit, UnitStatistics, TrendDay,
} from './types';

// One function per endpoint of the README's API table, named as the faces speak of them.
const e = encodeURIComponent;

export const account = {
  me: () => get<Me>('/api/account/me'),
  signIn: (userName: string, password: string) => post<void>('/api/account/sign-in', { userName, password, useCookies: true }),
  signOut: () => post<void>('/api/account/sign-out'),
};

export const matters = {
  offers: () => get<MatterOffer[]>('/api/matters/'),
  apply: (definitionId: string, form: Record<string, string>) => post<ApplicationReceipt>(`/api/matters/${e(definitionId)}/applications`, { form }),
  mine: (page = 1, pageSize = 20) => get<Page<MatterSummary>>(`/api/matters/mine${query({ page, pageSize })}`),
  status: (id: string) => get<MatterStatus>(`/api/matters/${e(id)}`),
  withdraw: (id: string) => post<CommandResult>(`/api/matters/${e(id)}/withdraw`),
  correct: (id: string, changes: Record<string, string>, taskId?: string) => post<CommandResult>(`/api/matters/${e(id)}/correct`, { taskId, changes }),
  lookup: (receipt: string, code: string) => get<MatterStatus>(`/api/lookup${query({ receipt, code })}`),
  documentUrl: (id: string, number: string) => `/api/matters/${e(id)}/documents/${e(number)}`,
};

/** The public answer about a presented verification code (and hash). */
export interface Verification {
  check: 'genuine' | 'hash-mismatch' | 'unknown-code';
  genuine: boolean;
  title: string | null;
  number: string | null;
  matter: string | null;
  issuedAt: string | null;
  sha256: string | null;
}

export const documents = {
  verify: (code: string, sha256?: string) => get<Verification>(`/api/documents/verify${query({ code, sha256 })}`),
};

export const org = {
  jurisdictions: (level?: string, parent?: string) => get<Jurisdiction[]>(`/api/org/jurisdictions${query({ level, parent })}`),
  units: (kind?: string) => get<Unit[]>(`/api/org/units${query({ kind })}`),
};

export const attachments = {
  /** Uploads one file (multipart field `file`). */
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return post<Attachment>('/api/attachments', form);
  },
  downloadUrl: (id: string) => `/api/attachments/${e(id)}`,
};

const task = (instanceId: string, taskId: string) => `/api/tasks/${e(instanceId)}/${e(taskId)}`;

export const tasks = {
  inbox: (filter: InboxFilter, page = 1, pageSize = 20) => get<Page<InboxItem>>(`/api/tasks${query({ filter, page, pageSize })}`),
  detail: (instanceId: string, taskId: string) => get<TaskDetail>(task(instanceId, taskId)),
  claim: (i: string, t: string) => post<CommandResult>(`${task(i, t)}/claim`),
  release: (i: string, t: string) => post<CommandResult>(`${task(i, t)}/release`),
  complete: (i: string, t: string, outcome: string, fields: Record<string, string>, comment?: string) =>
    post<CommandResult>(`${task(i, t)}/complete`, { outcome, fields, comment }),
  return: (i: string, t: string, toNode: string | undefined, reason: string) => post<CommandResult>(`${task(i, t)}/return`, { toNode, reason }),
  transfer: (i: string, t: string, toUnit: string, reason?: string) => post<CommandResult>(`${task(i, t)}/transfer`, { toUnit, reason }),
  delegate: (i: string, t: string, toUnit: string, toUser?: string, note?: string) => post<CommandResult>(`${task(i, t)}/delegate`, { toUnit, toUser, note }),
  resolve: (i: string, t: string, comment?: string) => post<CommandResult>(`${task(i, t)}/resolve`, { comment }),
  addSigner: (i: string, t: string, unit: string, user?: string) => post<CommandResult>(`${task(i, t)}/signers`, { unit, user }),
  removeSigner: (i: string, t: string, workItemId: string) => del<CommandResult>(`${task(i, t)}/signers/${e(workItemId)}`),
  /** Attaches the officer's own uploads (ids from attachments.upload) to the open task. */
  attach: (i: string, t: string, attachmentIds: string[]) => post<CommandResult>(`${task(i, t)}/attachments`, { attachmentIds }),
  comment: (i: string, t: string, text: string, attachments: string[] = []) => post<CommandResult>(`${task(i, t)}/comments`, { text, attachments }),
  skip: (i: string, t: string, reason: string) => post<CommandResult>(`${task(i, t)}/skip`, { reason }),
};

export const supervision = {
  matters: (status: 'running' | 'ended' | 'all' = 'running', page = 1, pageSize = 20, definition?: string) =>
    get<SupervisionMatters>(`/api/supervision/matters${query({ status, page, pageSize, definition })}`),
  alerts: (level: 'all' | 'warning' | 'overdue' = 'all', page = 1, pageSize = 20) =>
    get<Page<Alert>>(`/api/supervision/alerts${query({ level, page, pageSize })}`),
  units: () => get<UnitStatistics[]>('/api/supervision/units'),
  /** One entry per day, oldest first, ending today. */
  trend: (days: number) => get<TrendDay[]>(`/api/supervision/trend${query({ days })}`),
  urge: (instanceId: string, taskId: string, message?: string) =>
    post<CommandResult>(`/api/supervision/tasks/${e(instanceId)}/${e(taskId)}/urge`, { message }),
  supervise: (instanceId: string, taskId: string, message?: string, document?: string) =>
    post<CommandResult>(`/api/supervision/tasks/${e(instanceId)}/${e(taskId)}/supervise`, { message, document }),
};
