// The server's JSON shapes (camelCase), mirrored from src/OneMatter.Server/Api/*Dtos.cs.

export interface Me { userName: string; displayName: string; role: Role; unit?: string | null; jurisdiction?: string | null }
export type Role = 'applicant' | 'officer' | 'supervisor' | 'designer' | 'admin';

export interface Option { value: string; label: string; labelEn?: string | null }

/** A form field as the server describes it. `type` is lower case (`idcard`; `id-card` accepted too).
 * `level`, `minDate` and `maxDate` are honoured when the server sends them. */
export interface Field {
  id: string; label: string; labelEn?: string | null; type: string; required: boolean;
  min?: number | null; max?: number | null; pattern?: string | null; options: Option[]; multiple: boolean;
  level?: string | null; minDate?: string | null; maxDate?: string | null;
}

export interface MatterOffer { id: string; version: number; name: string; nameEn: string; family: string; lead: string; form: Field[] }
export interface ApplicationReceipt { receiptNumber: string; queryCode: string; status: string; version: number }
export interface MatterSummary { id: string; definitionId: string; name: string; status: string; result?: string | null; startedAt: string; endedAt?: string | null }
export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export interface Holder {
  taskId: string; workItemId: string; node: string; nodeName: string; step?: string | null; unit?: string | null; unitName?: string | null;
  status: string; due?: string | null; warned: boolean; overdue: boolean; forApplicant: boolean; supervised: boolean; urged: number;
  nodeNameEn?: string | null; stepEn?: string | null;
}
export interface Step {
  node: string; name: string; step?: string | null; outcome?: string | null; unit?: string | null; at: string; nameEn?: string | null;
  stepEn?: string | null;
}
/** A document of the matter: the server sends ids today, objects once documents are numbered. */
export type DocumentRef = string | { number: string; name?: string | null; nameEn?: string | null; document?: string | null; issuedAt?: string | null };
export interface TimelineEntry { type: string; at: string; target?: string | null; text?: string | null; node?: string | null }
export interface MatterStatus {
  id: string; definitionId: string; definitionVersion: number; name: string; nameEn: string; status: string; result?: string | null;
  version: number; startedAt: string; endedAt?: string | null; holding: Holder[]; steps: Step[]; documents?: DocumentRef[] | null;
  timeline?: TimelineEntry[] | null; attachments?: MatterFile[] | null;
}

export interface Jurisdiction { id: string; name: string; nameEn?: string | null; level: string; parent?: string | null; zone?: string | null }
export interface Unit { id: string; name: string; nameEn?: string | null; level: string; kind: string; jurisdiction: string; jurisdictionName?: string | null }
export interface Attachment { id: string; name: string; size: number; sha256: string }
/** A file of a matter as its status and task detail list it. */
export interface MatterFile {
  id: string; name: string; contentType?: string; size: number; uploadedAt?: string; taskId?: string | null;
  uploadedBy?: string; uploadedUnit?: string | null; uploadedUnitName?: string | null;
}

/** A row of the unit's inbox; the English names are the definition's, when it has them. */
export interface InboxItem {
  instanceId: string; taskId: string; workItemId: string; node: string; nodeName: string; matterName: string; status: string;
  claimedBy?: string | null; createdAt: string; due?: string | null; warned: boolean; overdue: boolean; supervised: boolean; urged: number;
  matterNameEn?: string | null; nodeNameEn?: string | null; definitionId: string;
}
export type InboxFilter = 'pending' | 'mine' | 'due-soon' | 'overdue';

/** A value of the matter's form with its label; a choice field's `options` name its value (null
 * for other fields). */
export interface FormValue { id: string; label: string; labelEn?: string | null; type: string; value?: string | null; options?: Option[] | null }
export interface WorkItem {
  workItemId: string; unit?: string | null; unitName?: string | null; user?: string | null; role?: string | null; claimedBy?: string | null;
  status: string; outcome?: string | null; delegatedByUnit?: string | null; delegatedByUser?: string | null;
}
export interface Outcome { id: string; label: string; labelEn?: string | null; condition?: string | null; requiredFields: string[]; documents: string[] }
export interface TaskActions {
  claim: boolean; release: boolean; complete: boolean; return: boolean; returnTargets: string[]; transfer: boolean; delegate: boolean;
  resolve: boolean; addSigner: boolean; removableSigners: string[]; comment: boolean; skip: boolean;
}
export interface FinishedStep {
  node: string; name: string; step?: string | null; outcome?: string | null; unit?: string | null; unitName?: string | null; by?: string | null; at: string;
  nameEn?: string | null; stepEn?: string | null;
}
export interface HistoryEntry {
  sequence: number; type: string; at: string; actor: string; unit?: string | null; unitName?: string | null; task?: string | null;
  node?: string | null; nodeName?: string | null; outcome?: string | null; target?: string | null; text?: string | null; nodeNameEn?: string | null;
}
export interface TaskDetail {
  instanceId: string; taskId: string; open: boolean; node: string; nodeName: string; nodeNameEn?: string | null; step?: string | null;
  definitionId: string; matterName: string; matterStatus: string; version: number; jurisdiction?: string | null; leadUnit?: string | null;
  leadUnitName?: string | null; startedAt: string; sign?: string | null; createdAt?: string | null; due?: string | null; warned: boolean;
  overdue: boolean; supervised: boolean; urged: number; myWorkItem?: string | null; items: WorkItem[]; form: FormValue[]; fields: Field[];
  outcomes: Outcome[]; actions: TaskActions; steps: FinishedStep[]; history: HistoryEntry[]; attachments?: MatterFile[] | null;
  matterNameEn?: string | null; stepEn?: string | null;
}
export interface CommandResult { instanceId: string; status: string; version: number }

export interface MatterCount { definitionId: string; name: string; status: string; count: number }
export interface SupervisedMatter {
  id: string; definitionId: string; name: string; status: string; result?: string | null; jurisdiction?: string | null;
  jurisdictionName?: string | null; leadUnit?: string | null; leadUnitName?: string | null; startedAt: string; endedAt?: string | null;
  holdingUnits: string[]; openTasks: number; warnedTasks: number; overdueTasks: number; supervisedTasks: number; urged: number;
  nameEn?: string | null;
}
export interface SupervisionMatters { counts: MatterCount[]; page: Page<SupervisedMatter> }
export interface Alert {
  instanceId: string; taskId: string; workItemId: string; node: string; nodeName: string; definitionId: string; matterName: string;
  unit?: string | null; unitName?: string | null; claimedBy?: string | null; level: 'warning' | 'overdue'; createdAt: string; due?: string | null;
  overdueWorkingDays?: number | null; warned: boolean; overdue: boolean; supervised: boolean; urged: number;
  /** The 督办单 the matter issues with 督办 here, if any. */
  supervisionDocument?: string | null;
  matterNameEn?: string | null; nodeNameEn?: string | null;
}
export interface UnitStatistics {
  unit: string; unitName?: string | null; kind?: string | null; jurisdiction?: string | null; completed: number; completedWithDeadline: number;
  completedOnTime: number; onTimeRate?: number | null; averageWorkingDays?: number | null; backlog: number; backlogOverdue: number; urged: number; supervised: number;
}

/** One day of the command centre's trend (China time): completions, on time and late (of those with a
 * deadline), the on-time rate among those (null when none), open and overdue open work at the day's end. */
export interface TrendDay {
  date: string; completed: number; onTime: number; late: number; onTimeRate?: number | null; backlog: number; overdueBacklog: number;
}

/** The hub's `notification` message. */
export interface RealtimeNotification {
  instanceId: string; definitionId: string; kind: string; recipient: 'unit' | 'applicant'; unit?: string | null; taskId?: string | null;
  node?: string | null; nodeName?: string | null; message: string; version: number; nodeNameEn?: string | null;
}
/** The hub's `matterChanged` message. */
export interface MatterChanged { instanceId: string; definitionId: string; status: string; result?: string | null; version: number; holding: string[] }
