/** Lower-case hex SHA-256 of a file's bytes, computed in the browser: the copy a citizen holds
 * never leaves their machine, only its hash is sent for comparison. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A hash as typed or pasted: trimmed, lower case; undefined unless it is 64 hex digits. */
export function normalizeHash(text: string | undefined): string | undefined {
  const value = (text ?? '').trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(value) ? value : undefined;
}
