import { createMetrics } from '../../src/metrics.js';

// Run as a child process by metrics.test.ts: default output (fd 1) and default warning sink (fd 2).
const metrics = createMetrics({ namespace: 'Child', service: 'script' });
for (let i = 0; i < 120; i++) metrics.add(`m${i}`, 'Count', i);
metrics.add('bad', 'Count', Number.NaN);
metrics.flush();
