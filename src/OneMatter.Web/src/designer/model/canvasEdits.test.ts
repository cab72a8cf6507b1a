import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addNode, connect, pasteNodes, reconnect, removeExits, removeNodes, renameNode, setValue } from './canvasEdits';
import { parseDefinition, writeDefinition } from './definitionDocument';
import type { Definition } from './definitionTypes';
import { exitsOfDefinition } from './flowEdges';

const ruralHousing = readFileSync(join(process.cwd(), '..', '..', 'workflows', 'rural-housing.yaml'), 'utf8');

/** Applies an edit to rural-housing and answers the written YAML and its data. */
function edit(change: (doc: ReturnType<typeof parseDefinition>['doc']) => void): { text: string; data: Definition } {
  const { doc } = parseDefinition(ruralHousing);
  change(doc);
  const text = writeDefinition(doc);
  return { text, data: parse(text) as Definition };
}

describe('canvas edits produce the expected YAML', () => {
  it('adds a node of a palette kind with a fresh id', () => {
    const { text, data } = edit((doc) => {
      expect(addNode(doc, 'timer', '等待')).toBe('timer');
      expect(addNode(doc, 'timer', '再等')).toBe('timer-2');
    });
    expect(data.nodes!.timer).toEqual({ type: 'timer', name: '等待', duration: '5 working days' });
    expect(data.nodes!['timer-2'].name).toBe('再等');
    expect(text).toContain('  timer:\n    type: timer\n    name: 等待');
    // everything else is untouched, comments included
    expect(text).toContain('# ① 申请受理');
    expect(data.nodes!.accept).toEqual((parse(ruralHousing) as Definition).nodes!.accept);
  });

  it('connects a task by adding an outcome', () => {
    const { text, data } = edit((doc) => expect(connect(doc, 'housing', 'rejected')).toBe(true));
    expect(data.nodes!.housing.outcomes!['to-rejected']).toEqual({ label: '不予批准', next: 'rejected' });
    expect(text).toContain('      to-rejected: { label: 不予批准, next: rejected }');
  });

  it('connects a parallel split by adding a branch, and plain nodes by setting next', () => {
    const { data } = edit((doc) => {
      connect(doc, 'review', 'approve');
      connect(doc, 'notice', 'approve');
    });
    expect(data.nodes!.review.branches).toEqual(['village-opinion', 'land', 'housing', 'homestead', 'approve']);
    expect(data.nodes!.notice.next).toBe('approve');
  });

  it('connects a decision: default first, then conditions', () => {
    const { data } = edit((doc) => {
      addNode(doc, 'decision', '分流', 'route');
      connect(doc, 'route', 'approve');
      connect(doc, 'route', 'rejected');
    });
    expect(data.nodes!.route.default).toBe('approve');
    expect(data.nodes!.route.conditions).toEqual([{ when: 'true', next: 'rejected' }]);
  });

  it('refuses to connect from an end or to itself', () => {
    edit((doc) => {
      expect(connect(doc, 'issued', 'accept')).toBe(false);
      expect(connect(doc, 'notice', 'notice')).toBe(false);
    });
  });

  it('deletes a node and every reference to it', () => {
    const { data } = edit((doc) => removeNodes(doc, ['land']));
    expect(data.nodes!.land).toBeUndefined();
    expect(data.nodes!.review.branches).toEqual(['village-opinion', 'housing', 'homestead']);
    expect(exitsOfDefinition(data).some((e) => e.target === 'land')).toBe(false);
  });

  it('deletes an outcome edge with its outcome, and list edges from the highest index down', () => {
    const { data } = edit((doc) => {
      const exits = exitsOfDefinition(doc.toJS() as Definition);
      removeExits(doc, exits.filter((e) => e.id === 'accept>outcomes.refuse.next' || (e.source === 'review' && e.kind === 'branch' && e.target !== 'land')));
    });
    expect(Object.keys(data.nodes!.accept.outcomes!)).toEqual(['accept', 'correct']);
    expect(data.nodes!.review.branches).toEqual(['land']);
  });

  it('reconnects an edge to another target', () => {
    const { data } = edit((doc) => {
      const exit = exitsOfDefinition(doc.toJS() as Definition).find((e) => e.id === 'notice>next')!;
      reconnect(doc, exit, 'approve');
    });
    expect(data.nodes!.notice.next).toBe('approve');
  });

  it('renames a node with its references and expressions', () => {
    const { data } = edit((doc) => expect(renameNode(doc, 'village-opinion', 'village')).toBe(true));
    expect(data.nodes!.village).toBeDefined();
    expect(data.nodes!.review.branches![0]).toBe('village');
    const when = (data.nodes!.approve.outcomes!.approve as { when: string }).when;
    expect(when).toContain('nodes.village.outcome == "agree"');
    expect(when).not.toContain('village-opinion');
    expect(Object.keys(data.nodes!).indexOf('village')).toBe(3);
  });

  it('pastes copies whose internal references follow the copies', () => {
    let renamed: Record<string, string> = {};
    const { data } = edit((doc) => {
      const all = (doc.toJS() as Definition).nodes!;
      renamed = pasteNodes(doc, { notice: all.notice, 'village-opinion': all['village-opinion'] });
    });
    expect(renamed).toEqual({ notice: 'notice-copy', 'village-opinion': 'village-opinion-copy' });
    expect((data.nodes!['village-opinion-copy'].outcomes!.agree as { next: string }).next).toBe('notice-copy');
    expect(data.nodes!['notice-copy'].next).toBe('review-done');
  });

  it('sets and clears values from the properties panel', () => {
    const { text, data } = edit((doc) => {
      setValue(doc, ['nodes', 'land', 'deadline'], '7 working days');
      setValue(doc, ['nodes', 'land', 'step'], '');
      setValue(doc, ['nodes', 'land', 'escalation'], [{ at: '50%', do: 'warn' }]);
    });
    expect(data.nodes!.land.deadline).toBe('7 working days');
    expect(data.nodes!.land.step).toBeUndefined();
    expect(text).toContain('    escalation:\n      - { at: 50%, do: warn }');
  });

  it('writes a new step-en right after step, and changes an existing one in place', () => {
    const { text, data } = edit((doc) => {
      setValue(doc, ['nodes', 'land', 'step-en'], '');
      setValue(doc, ['nodes', 'land', 'step-en'], 'Joint land review');
      setValue(doc, ['nodes', 'housing', 'step-en'], 'Joint housing review');
    });
    expect(data.nodes!.land['step-en']).toBe('Joint land review');
    expect(data.nodes!.housing['step-en']).toBe('Joint housing review');
    expect(text).toContain('    step: 联合审查\n    step-en: Joint land review\n');
    expect(text).toContain('    step: 联合审查\n    step-en: Joint housing review\n');
  });

  it('pastes copies with their step and step-en', () => {
    const { data } = edit((doc) => {
      pasteNodes(doc, { accept: (doc.toJS() as Definition).nodes!.accept });
    });
    expect(data.nodes!['accept-copy'].step).toBe('申请受理');
    expect(data.nodes!['accept-copy']['step-en']).toBe('Application accepted');
  });
});

describe('an edit changes only its own lines', () => {
  it('keeps aligned comments and folded guards of untouched lines', () => {
    const { doc } = parseDefinition(ruralHousing);
    setValue(doc, ['nodes', 'land', 'deadline'], '7 working days');
    const text = writeDefinition(doc, ruralHousing);
    const before = ruralHousing.split('\n');
    const after = text.split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.map((line, i) => (line === before[i] ? null : i + 1)).filter((n) => n !== null);
    expect(changed).toEqual([before.findIndex((l) => l.includes('deadline: 5 working days') && before.indexOf(l) > 140) + 1]);
  });

  it('never lets layout restoring change a value', () => {
    const original = 'id: x\nnodes:\n  a: { type: notify, message: "two  spaces", next: b }\n';
    const { doc } = parseDefinition(original);
    setValue(doc, ['nodes', 'a', 'message'], 'two spaces');
    expect((parse(writeDefinition(doc, original)) as Definition).nodes!.a.message).toBe('two spaces');
  });
});
