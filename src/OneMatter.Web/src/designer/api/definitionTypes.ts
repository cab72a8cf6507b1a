// The designer API's answers, as src/OneMatter.Server/Definitions/*Dto.cs declare them.

import type { Definition } from '../model/definitionTypes';

export interface DefinitionSummary {
  id: string;
  name?: string | null;
  nameEn?: string | null;
  family?: string | null;
  latestVersion?: number | null;
  hasDraft: boolean;
  retired: boolean;
}

export interface DefinitionError {
  line: number;
  column: number;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  id?: string | null;
  errors: DefinitionError[];
}

export interface Draft {
  id: string;
  yaml: string;
  savedBy: string;
  savedAt: string;
  valid: boolean;
  errors: DefinitionError[];
}

export interface DefinitionVersion {
  version: number;
  publishedBy: string;
  publishedAt: string;
  sha256: string;
  seeded: boolean;
}

/** A published version as JSON (DefinitionDto.cs): its record and the definition's YAML tree. */
export interface PublishedDefinition {
  id: string;
  version: number;
  publishedBy: string;
  publishedAt: string;
  sha256: string;
  retired: boolean;
  definition: Definition | null;
}

export interface Published {
  id: string;
  version: number;
  publishedBy: string;
  publishedAt: string;
  sha256: string;
}

export interface DefinitionChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
}

export interface DiffLine {
  op: ' ' | '-' | '+';
  oldLine?: number | null;
  newLine?: number | null;
  text: string;
}

export interface DefinitionDiffResult {
  id: string;
  from: number;
  to: number;
  added: number;
  removed: number;
  changes: DefinitionChange[];
  lines: DiffLine[];
}

export interface Retirement {
  id: string;
  retired: boolean;
  by?: string | null;
  at?: string | null;
}

/** A definition to simulate: its id and a published version (the latest when left out). */
export interface DefinitionReference {
  id: string;
  version?: number;
}

/** One row of a simulated timeline (SimulationCompareDtos.cs). */
export interface SimulatedStep {
  node: string;
  name: string;
  step?: string | null;
  /** The step's English name, when the definition gives one. */
  stepEn?: string | null;
  holder: string;
  units: string[];
  start: string;
  end: string;
  workingDays: number;
  /** Working days since the application when the row ended. */
  elapsed: number;
  outcome?: string | null;
  late: boolean;
}

/** One definition's run through the engine's simulator. */
export interface SimulatedRun {
  id: string;
  version: number;
  name: string;
  nameEn: string;
  start: string;
  end: string;
  workingDays: number;
  calendarDays: number;
  steps: number;
  applicantSteps: number;
  holders: number;
  result?: string | null;
  stopped?: string | null;
  timeline: SimulatedStep[];
  notes: string[];
}

/** Two runs side by side: b − a working days, which is faster, and how many times. */
export interface SimulationComparison {
  a: SimulatedRun;
  b: SimulatedRun;
  difference: number;
  faster?: 'a' | 'b' | null;
  speedup?: number | null;
}
