/** An RFC 9457 problem as the server answers it, with the field errors of a validation problem
 * (`errors`) or the one field a rejection names (`field`). */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  code?: string;
  errors: Record<string, string[]>;
}

/** Reads a problem from a response body; anything else (HTML, empty) becomes a bare problem with
 * the status, so callers always get the same shape. */
export function parseProblem(status: number, statusText: string, body: unknown): Problem {
  const problem: Problem = { status, title: statusText || `HTTP ${status}`, errors: {} };
  if (!body || typeof body !== 'object') return problem;
  const b = body as Record<string, unknown>;
  if (typeof b.title === 'string') problem.title = b.title;
  if (typeof b.detail === 'string') problem.detail = b.detail;
  if (typeof b.code === 'string') problem.code = b.code;
  if (b.errors && typeof b.errors === 'object') {
    for (const [field, messages] of Object.entries(b.errors as Record<string, unknown>)) {
      const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : typeof messages === 'string' ? [messages] : [];
      if (list.length) problem.errors[field] = list;
    }
  }
  // A rejection naming one field carries it as an extension, not as `errors`.
  if (typeof b.field === 'string' && !problem.errors[b.field]) {
    problem.errors[b.field] = [problem.detail ?? problem.title];
  }
  return problem;
}

/** The line to show for a problem: its detail, else its title. */
export function problemText(problem: Problem): string {
  return problem.detail ?? problem.title;
}

/** An API call that failed, carrying the problem. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problemText(problem));
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number { return this.problem.status; }
}
