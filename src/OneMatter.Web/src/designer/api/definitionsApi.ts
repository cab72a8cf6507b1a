import { get, post, query, request, type RequestOptions } from '../../api/client';
import { ApiError } from '../../api/problem';
import type {
  DefinitionDiffResult,
  DefinitionReference,
  DefinitionSummary,
  DefinitionVersion,
  Draft,
  Published,
  PublishedDefinition,
  Retirement,
  SimulationComparison,
  ValidationResult,
} from './definitionTypes';

// The designer's calls (DefinitionEndpoints.cs). Definition text travels as JSON {"yaml": "…"},
// which the server accepts beside raw YAML, so the shell's JSON client (cookies, antiforgery,
// problem details) carries it unchanged.

const e = encodeURIComponent;
const base = '/api/definitions';

/** The published YAML text of a version (the latest when none is given), exactly as stored. */
async function publishedYaml(id: string, version?: number, options?: RequestOptions): Promise<string> {
  const response = await fetch(`${base}/${e(id)}${query({ format: 'yaml', version })}`, { credentials: 'include', signal: options?.signal });
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const detail = body && typeof body === 'object' && 'detail' in body ? String((body as { detail: unknown }).detail) : undefined;
    throw new ApiError({ status: response.status, title: response.statusText || `HTTP ${response.status}`, detail, errors: {} });
  }
  return response.text();
}

export const definitionsApi = {
  list: (options?: RequestOptions) => get<DefinitionSummary[]>(`${base}/`, options),
  publishedYaml,
  /** The latest published version as JSON: the definition's data without parsing YAML. */
  published: (id: string, options?: RequestOptions) => get<PublishedDefinition>(`${base}/${e(id)}${query({ format: 'json' })}`, options),
  draft: (id: string, options?: RequestOptions) => get<Draft>(`${base}/${e(id)}/draft`, options),
  validate: (yaml: string, options?: RequestOptions) => post<ValidationResult>(`${base}/validate`, { yaml }, options),
  saveDraft: (id: string, yaml: string) => request<Draft>('PUT', `${base}/${e(id)}/draft`, { yaml }),
  discardDraft: (id: string) => request<void>('DELETE', `${base}/${e(id)}/draft`),
  publish: (id: string) => post<Published>(`${base}/${e(id)}/publish`),
  versions: (id: string, options?: RequestOptions) => get<DefinitionVersion[]>(`${base}/${e(id)}/versions`, options),
  diff: (id: string, from?: number, to?: number) => get<DefinitionDiffResult>(`${base}/${e(id)}/diff${query({ from, to })}`),
  retire: (id: string) => post<Retirement>(`${base}/${e(id)}/retire`),
  reinstate: (id: string) => post<Retirement>(`${base}/${e(id)}/reinstate`),
  /** Both published definitions through the engine's simulator (SimulationCompareEndpoints.cs). */
  compare: (a: DefinitionReference, b: DefinitionReference, script?: string, options?: RequestOptions) =>
    post<SimulationComparison>(`${base}/compare`, { a, b, script }, options),
};
