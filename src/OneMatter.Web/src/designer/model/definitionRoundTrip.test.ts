import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newDefinitionText, parseDefinition, writeDefinition } from './definitionDocument';
import type { Definition } from './definitionTypes';
import { exitsOfDefinition } from './flowEdges';
import { toFlowEdges, toFlowNodes } from './flowGraph';
import { placeNodes } from './quickLayout';

// The shipped definitions, read from the repository (the tests run in src/OneMatter.Web).
const workflows = join(process.cwd(), '..', '..', 'workflows');
const files = readdirSync(workflows).filter((f) => f.endsWith('.yaml'));

describe('every shipped definition round-trips', () => {
  it('finds the shipped definitions', () => {
    expect(files.length).toBeGreaterThanOrEqual(17);
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(workflows, file), 'utf8');
      const { doc, definition, problems } = parseDefinition(text);
      expect(problems).toEqual([]);
      expect(definition).not.toBeNull();
      const written = writeDefinition(doc);
      expect(parse(written)).toEqual(parse(text));
      // Comments are part of the designer's work: they survive.
      for (const line of text.split('\n').filter((l) => l.trim().startsWith('#'))) {
        expect(written).toContain(line.trim());
      }
      // The canvas shows every node and every reference between existing nodes.
      const nodes = toFlowNodes(definition!, placeNodes(definition!));
      expect(nodes.map((n) => n.id)).toEqual(Object.keys(definition!.nodes!));
      const edges = toFlowEdges(definition!);
      expect(edges.length).toBe(exitsOfDefinition(definition!).length);
      expect(edges.length).toBeGreaterThan(0);
      expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    });
  }

  it('writes an untouched definition back unchanged apart from whitespace and comment alignment', () => {
    const text = readFileSync(join(workflows, 'rural-housing.yaml'), 'utf8');
    const written = writeDefinition(parseDefinition(text).doc);
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(written)).toBe(squash(text));
  });
});

describe('step-en', () => {
  it('is read into the definition and written back beside step', () => {
    const text = readFileSync(join(workflows, 'rural-housing.yaml'), 'utf8');
    const { doc, definition } = parseDefinition(text);
    expect(definition!.nodes!.accept.step).toBe('申请受理');
    expect(definition!.nodes!.accept['step-en']).toBe('Application accepted');
    expect(definition!.nodes!.issued['step-en']).toBe('Approval and permit');
    const written = writeDefinition(doc);
    expect(written).toContain('    step: 申请受理\n    step-en: Application accepted\n');
    expect(written).toContain('step: 审批发证, step-en: Approval and permit,');
    expect((parse(written) as Definition).nodes!.accept['step-en']).toBe('Application accepted');
  });
});

describe('a new matter', () => {
  it('starts as a small definition the canvas can show', () => {
    const { definition, problems } = parseDefinition(newDefinitionText('homestay-opening', '开办民宿'));
    expect(problems).toEqual([]);
    expect(definition!.id).toBe('homestay-opening');
    expect(definition!.name).toBe('开办民宿');
    expect(toFlowEdges(definition!).map((e) => `${e.source}>${e.target}`)).toEqual(['accept>done']);
  });
});
