import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addNode, connect, reconnect, setValue } from './canvasEdits';
import { newDefinitionText, parseDefinition, writeDefinition } from './definitionDocument';
import { toFlowEdges, toFlowNodes } from './flowGraph';
import { nodeKinds, skeletonNode } from './nodeKinds';
import { placeNodes } from './quickLayout';

// The draw node (双随机抽取, type: draw) between the canvas and the YAML, both ways.

const randomInspection = readFileSync(join(process.cwd(), '..', '..', 'workflows', 'random-inspection.yaml'), 'utf8');

describe('draw nodes', () => {
  it('are in the palette with a skeleton of both halves of the draw', () => {
    expect(nodeKinds).toContain('draw');
    expect(skeletonNode('draw', '双随机抽取')).toEqual({
      type: 'draw',
      name: '双随机抽取',
      entities: { count: 3 },
      inspectors: { count: 2, units: [] },
    });
  });

  it('show on the canvas from the shipped YAML, with the edges in and out', () => {
    const { definition, problems } = parseDefinition(randomInspection);
    expect(problems).toEqual([]);
    const draw = toFlowNodes(definition!, placeNodes(definition!)).find((n) => n.id === 'draw')!;
    expect(draw.data.kind).toBe('draw');
    expect(draw.data.name).toBe('双随机抽取');
    expect(draw.data.step).toBe('双随机抽取');
    // a source handle: a draw goes on to its next node
    expect(draw.handles?.map((h) => h.type)).toEqual(['target', 'source']);
    const edges = toFlowEdges(definition!).map((e) => `${e.source}>${e.target}`);
    expect(edges).toContain('plan>draw');
    expect(edges).toContain('draw>announce');
  });

  it('added, connected and edited on the canvas, are written as the YAML the engine reads', () => {
    const { doc } = parseDefinition(newDefinitionText('spot-check', '抽查'));
    const id = addNode(doc, 'draw', '双随机抽取');
    expect(id).toBe('draw');
    expect(connect(doc, id, 'done')).toBe(true);
    setValue(doc, ['nodes', id, 'entities', 'count'], 5);
    setValue(doc, ['nodes', id, 'entities', 'industries'], ['manufacturing', 'mining']);
    setValue(doc, ['nodes', id, 'entities', 'township'], 'form.area');
    setValue(doc, ['nodes', id, 'inspectors', 'count'], 4);
    setValue(doc, ['nodes', id, 'inspectors', 'units'], ['cs-enforcement', 'cs-emergency']);
    const written = writeDefinition(doc);

    expect(parse(written).nodes.draw).toEqual({
      type: 'draw',
      name: '双随机抽取',
      entities: { count: 5, industries: ['manufacturing', 'mining'], township: 'form.area' },
      inspectors: { count: 4, units: ['cs-enforcement', 'cs-emergency'] },
      next: 'done',
    });
    // In the house style of workflows/*.yaml: each half on one line.
    expect(written).toContain('    entities: { count: 5, industries: [manufacturing, mining], township: form.area }\n');
    expect(written).toContain('    inspectors: { count: 4, units: [cs-enforcement, cs-emergency] }\n');

    // Read back, the canvas shows the same node and edge; moving the edge rewrites next.
    const { doc: again, definition } = parseDefinition(written);
    expect(toFlowNodes(definition!, placeNodes(definition!)).find((n) => n.id === 'draw')!.data.kind).toBe('draw');
    const edge = toFlowEdges(definition!).find((e) => e.source === 'draw')!;
    expect(edge.target).toBe('done');
    reconnect(again, edge.data!.exit, 'accept');
    expect(parse(writeDefinition(again)).nodes.draw.next).toBe('accept');
  });

  it('keep the shipped definition unchanged when one value is edited and set back', () => {
    const { doc } = parseDefinition(randomInspection);
    setValue(doc, ['nodes', 'draw', 'inspectors', 'count'], 6);
    expect(parse(writeDefinition(doc, randomInspection)).nodes.draw.inspectors.count).toBe(6);
    setValue(doc, ['nodes', 'draw', 'inspectors', 'count'], 5);
    expect(writeDefinition(doc, randomInspection)).toBe(randomInspection);
  });
});
