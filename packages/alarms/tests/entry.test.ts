import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));
const RUNTIME_IMPORT = /^(?:import|export)(?! type )[^;]*?from '([^']+)'/gm;

/** Every module the main entry loads at runtime (type-only imports excluded), with its runtime specifiers. */
function runtimeGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)].map((match) => match[1]!);
    graph.set(file, specifiers);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.') && !specifier.endsWith('.json'))
        visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return graph;
}

describe('main entry (@valine/alarms)', () => {
  const graph = runtimeGraph(join(src, 'index.ts'));
  const external = [...graph.entries()].flatMap(([file, specifiers]) =>
    specifiers.filter((s) => !s.startsWith('.')).map((s) => `${relative(src, file)} → ${s}`),
  );

  it('never loads the AWS SDK or the reconciler at runtime', () => {
    expect(graph.size).toBeGreaterThan(20);
    expect(external.filter((line) => line.includes('@aws-sdk/'))).toEqual([]);
    expect([...graph.keys()].filter((file) => relative(src, file).startsWith('sync'))).toEqual([]);
  });

  it('imports only the catalog subpath of @valine/metrics', () => {
    const metrics = external.filter((line) => line.includes('@valine/metrics'));
    expect(metrics.length).toBeGreaterThan(0);
    for (const line of metrics) expect(line).toMatch(/→ @valine\/metrics\/catalog$/);
  });
});
