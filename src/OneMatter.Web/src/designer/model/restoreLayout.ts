// The yaml package writes one space before a trailing comment and unfolds folded scalars; the
// shipped definitions align their comments and fold long guards by hand. After an edit, every
// written line (or run of lines) whose content equals an original one up to whitespace takes the
// original's layout back. The key keeps the indentation, so a line never moves between levels.

function indentOf(line: string): string {
  return /^\s*/.exec(line)![0];
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lines of a folded or wrapped value written on one line are found by joining up to this many
 * original lines. */
const maxJoined = 4;

export function restoreLayout(original: string, written: string): string {
  if (original === written) {
    return written;
  }
  const before = original.split('\n');
  const byKey = new Map<string, string[]>();
  for (let i = 0; i < before.length; i++) {
    if (before[i].trim() === '') {
      continue;
    }
    for (let k = 1; k <= maxJoined && i + k <= before.length; k++) {
      const slice = before.slice(i, i + k);
      if (k > 1 && slice[k - 1].trim() === '') {
        break;
      }
      const key = indentOf(slice[0]) + squash(slice.join(' '));
      if (!byKey.has(key)) {
        byKey.set(key, slice);
      }
    }
  }
  const out: string[] = [];
  for (const line of written.split('\n')) {
    const key = indentOf(line) + squash(line);
    const match = line.trim() === '' ? undefined : byKey.get(key);
    if (match && (match.length === 1 || squash(line) !== squash(match[0]))) {
      out.push(...match);
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}
