import type { Definition } from './definitionTypes';

const nodeProperties = ['outcome', 'fields', 'unit', 'unit_id', 'by', 'at'];
const instanceProperties = ['id', 'matter', 'started', 'applicant', 'query_code', 'jurisdiction', 'lead'];

function nodeRef(id: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(id) ? `nodes.${id}` : `nodes["${id}"]`;
}

/** Completions for the name being typed at the end of an expression (the guard inputs complete
 * as one types at the end): form.<field>, nodes.<node>.<property>, nodes.<node>.fields.<field>,
 * instance.<property>. Each suggestion is the whole expression with the name completed. */
export function completeExpression(text: string, definition: Definition | null): string[] {
  const match = /(?:[A-Za-z_][\w]*(?:\.[\w-]*|\["[^"]*"\]\.?)*)$/.exec(text);
  const typed = match?.[0] ?? '';
  const head = text.slice(0, text.length - typed.length);
  const form = (definition?.form ?? []).map((f) => `form.${f.id}`);
  const nodes = definition?.nodes ?? {};
  const candidates: string[] = ['form', 'nodes', 'instance', ...form, ...instanceProperties.map((p) => `instance.${p}`)];
  for (const [id, node] of Object.entries(nodes)) {
    const ref = nodeRef(id);
    candidates.push(...nodeProperties.filter((p) => p !== 'fields').map((p) => `${ref}.${p}`));
    for (const field of Array.isArray(node?.fields) ? node.fields : []) {
      if (typeof field === 'object' && field?.id) {
        candidates.push(`${ref}.fields.${field.id}`);
      }
    }
  }
  if (typed === '') {
    return [];
  }
  return candidates.filter((c) => c.startsWith(typed) && c !== typed).slice(0, 30).map((c) => head + c);
}
