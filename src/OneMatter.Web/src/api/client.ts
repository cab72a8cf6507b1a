import { ApiError, parseProblem } from './problem';

// The fetch wrapper of every API call: same-origin cookies, JSON in and out, problem details on
// failure, and the antiforgery header the server demands on cookie-authenticated writes
// (CookieAntiforgery.cs): the token comes from GET /api/account/antiforgery and is bound to the
// signed-in user, so it is dropped on sign-in and sign-out and fetched again when needed.

interface AntiforgeryToken { headerName: string; token: string }

let antiforgery: Promise<AntiforgeryToken> | null = null;

/** Forgets the antiforgery token (after sign-in or sign-out the old one no longer matches). */
export function resetAntiforgery(): void {
  antiforgery = null;
}

function antiforgeryToken(): Promise<AntiforgeryToken> {
  antiforgery ??= fetch('/api/account/antiforgery', { credentials: 'include' }).then(async (response) => {
    if (!response.ok) throw await errorOf(response);
    return (await response.json()) as AntiforgeryToken;
  }).catch((error: unknown) => {
    antiforgery = null;
    throw error;
  });
  return antiforgery;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return new ApiError(parseProblem(response.status, response.statusText, body));
}

export interface RequestOptions { signal?: AbortSignal }

const isWrite = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

async function send(method: string, path: string, body: BodyInit | undefined, json: boolean, options?: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (json) headers['Content-Type'] = 'application/json';
  if (isWrite(method)) {
    const token = await antiforgeryToken();
    headers[token.headerName || 'X-XSRF-TOKEN'] = token.token;
  }
  try {
    return await fetch(path, { method, headers, body, credentials: 'include', signal: options?.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'Network error', detail: (error as Error).message, errors: {} });
  }
}

/** Calls the API; answers the parsed JSON (undefined for 204) or throws an ApiError. A write
 * refused for a stale antiforgery token is retried once with a fresh token. */
export async function request<T>(method: string, path: string, body?: unknown, options?: RequestOptions): Promise<T> {
  const form = body instanceof FormData;
  const payload = body === undefined ? undefined : form ? (body as FormData) : JSON.stringify(body);
  let response = await send(method, path, payload, !form && body !== undefined, options);
  if (response.status === 400 && isWrite(method)) {
    const error = await errorOf(response.clone());
    if (error.problem.title.startsWith('Antiforgery')) {
      resetAntiforgery();
      response = await send(method, path, payload, !form && body !== undefined, options);
    }
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options);
export const post = <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options);
export const del = <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options);

/** A query string from the defined values. */
export function query(values: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
