// The typed view of a matter definition as the designer needs it. The YAML Document stays the
// source of truth (it keeps comments and key order); these types describe its plain-data view.

export type NodeKind =
  | 'task'
  | 'applicant-task'
  | 'parallel'
  | 'join'
  | 'decision'
  | 'timer'
  | 'document'
  | 'notify'
  | 'call'
  | 'draw'
  | 'end';

export type FieldType = 'text' | 'number' | 'date' | 'choice' | 'id-card' | 'phone' | 'jurisdiction' | 'file' | 'boolean';

export interface FieldOption {
  value: string;
  label: string;
  'label-en'?: string;
}

export interface FormField {
  id: string;
  label: string;
  'label-en'?: string;
  type?: FieldType;
  required?: boolean;
  min?: number;
  max?: number;
  'min-date'?: string;
  'max-date'?: string;
  pattern?: string;
  options?: FieldOption[];
  multiple?: boolean;
  level?: string;
}

/** A unit id string, or one of the object shapes of docs/definitions.md. */
export type Assignee =
  | string
  | { unit: string; user?: string; role?: string }
  | { kind: string; jurisdiction: string }
  | { from: string };

export interface Outcome {
  label?: string;
  'label-en'?: string;
  next?: string;
  when?: string;
  documents?: string[];
}

export interface EscalationRule {
  at: string;
  do: 'warn' | 'overdue' | 'supervise' | 'reassign';
  to?: string;
}

export interface Timeout {
  after?: string;
  next?: string;
}

/** Which entities a draw picks from the register: how many, of which industries, where. */
export interface DrawEntities {
  count?: number;
  industries?: string[];
  /** An expression giving a township, zone or county id; empty is the whole register. */
  township?: string;
}

/** How many inspectors a draw picks, from the pools of which units (each gets at least one). */
export interface DrawInspectors {
  count?: number;
  units?: string[];
}

export type Branch = string | { node: string; when?: string };

/** Every key any node kind may carry; which ones apply depends on `type`. */
export interface DefinitionNode {
  type: NodeKind;
  name?: string;
  'name-en'?: string;
  step?: string;
  /** The step's English name, shown to applicants in English; the Chinese step when absent. */
  'step-en'?: string;
  // task
  assignee?: Assignee;
  sign?: 'all' | 'any' | 'sequential';
  signers?: Assignee[];
  deadline?: string;
  escalation?: EscalationRule[];
  fields?: FormField[] | string[];
  outcomes?: Record<string, Outcome | string>;
  timeout?: Timeout;
  skippable?: boolean;
  // applicant-task
  'pauses-clock'?: boolean;
  // parallel / join
  branches?: Branch[];
  join?: string;
  mode?: 'all' | 'any' | 'count';
  count?: number;
  'cancel-remaining'?: boolean;
  // decision
  conditions?: { when: string; next: string }[];
  default?: string;
  // timer
  duration?: string;
  until?: string;
  // document
  document?: string;
  // notify
  to?: string;
  message?: string;
  // call
  matter?: string;
  inputs?: Record<string, string>;
  results?: Record<string, string>;
  // draw (双随机抽取)
  entities?: DrawEntities;
  inspectors?: DrawInspectors;
  // end
  result?: 'approved' | 'rejected' | 'withdrawn' | 'closed';
  terminate?: boolean;
  // shared
  next?: string;
}

export interface DocumentDeclaration {
  name?: string;
  'name-en'?: string;
  template?: string;
  'for-applicant'?: boolean;
}

export interface Definition {
  id?: string;
  version?: number;
  name?: string;
  'name-en'?: string;
  family?: string;
  lead?: string;
  partners?: string[];
  jurisdiction?: string;
  deadline?: string;
  calendar?: string;
  form?: FormField[];
  documents?: Record<string, DocumentDeclaration>;
  escalation?: EscalationRule[];
  start?: string;
  nodes?: Record<string, DefinitionNode>;
}

export interface Position {
  x: number;
  y: number;
}

export type Positions = Record<string, Position>;
