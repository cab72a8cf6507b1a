import dayjs from 'dayjs';

// Instants from the API are UTC ISO strings; people read them in the browser's zone (the county's).

/** A date and time, e.g. 2026-11-27 14:05. */
export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Whether a due instant is within `days` calendar days from `now` (and not past). */
export function dueWithin(iso: string | null | undefined, days: number, now: Date = new Date()): boolean {
  if (!iso) return false;
  const due = new Date(iso).getTime();
  return due >= now.getTime() && due - now.getTime() <= days * 86_400_000;
}
