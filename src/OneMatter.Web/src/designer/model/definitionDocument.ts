import { Document, parse, parseDocument } from 'yaml';
import { restoreLayout } from './restoreLayout';
import type { Definition } from './definitionTypes';

/** A problem the browser itself finds (YAML syntax), positioned like the server's errors. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedDefinition {
  doc: Document;
  /** Null when the text is not YAML or not a mapping: the canvas then keeps the last good one. */
  definition: Definition | null;
  problems: YamlProblem[];
}

/** Parses definition text into a Document (kept for edits, so comments and key order survive)
 * and its plain-data view. */
export function parseDefinition(text: string): ParsedDefinition {
  const doc = parseDocument(text, { prettyErrors: true, keepSourceTokens: false });
  const problems: YamlProblem[] = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line ?? 0,
    column: e.linePos?.[0]?.col ?? 0,
    message: e.message.split('\n')[0],
  }));
  if (problems.length > 0) {
    return { doc, definition: null, problems };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { doc, definition: null, problems: [{ line: 1, column: 1, message: '定义必须是一个映射 (a definition is a mapping)' }] };
  }
  return { doc, definition: data as Definition, problems };
}

/** Writes a Document back. lineWidth 0: never fold long expressions or messages, which would
 * make a one-word edit rewrap a whole guard. Given the text the Document came from, lines whose
 * content did not change keep their original layout (aligned comments, folded guards), so a
 * canvas edit shows up in a version's line diff as the lines it really changed. */
export function writeDefinition(doc: Document, original?: string): string {
  const written = unpadFlowSequences(doc.toString({ lineWidth: 0, flowCollectionPadding: true }));
  if (original === undefined) {
    return written;
  }
  const restored = restoreLayout(original, written);
  // Whitespace inside a quoted string is data: if restoring changed any value, keep the plain write.
  return restored === written || sameData(restored, written) ? restored : written;
}

function sameData(a: string, b: string): boolean {
  try {
    return JSON.stringify(parse(a)) === JSON.stringify(parse(b));
  } catch {
    return false;
  }
}

/** The house style pads flow maps ({ id: x }) but not flow lists ([a, b]); the yaml package has
 * one switch for both, so lists of plain words are unpadded here, outside quoted strings. */
function unpadFlowSequences(text: string): string {
  return text.replace(/\[ ([^\[\]"'#{}\n]*?) \]/g, (match, inner: string, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset) + 1;
    const before = text.slice(lineStart, offset);
    const quotes = (before.match(/"/g)?.length ?? 0) + (before.match(/'/g)?.length ?? 0);
    return quotes % 2 === 0 && !before.includes('#') ? `[${inner}]` : match;
  });
}

/** A fresh definition for "new matter": the least that shows the shape of one. */
export function newDefinitionText(id: string, name: string): string {
  return `# yaml-language-server: $schema=./schema.json
id: ${id}
name: ${name}
name-en: ${id}
family: approval
lead: cs-agriculture
deadline: 15 working days

form:
  - { id: applicant_name, label: 申请人, type: text, required: true, max: 50 }

start: accept

nodes:
  accept:
    type: task
    name: 申请受理
    assignee: lead
    deadline: 1 working day
    outcomes:
      accept: { label: 受理, next: done }
  done: { type: end, name: 办结, result: approved }
`;
}
