// Runs every benchmark under bench/ (one file per scenario), one after the
// other so they do not compete for the CPU. `npm run bench -- pii` runs one.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('../bench', import.meta.url))
  .filter((file) => /^[a-z]+\.ts$/.test(file))
  .filter((file) => only.length === 0 || only.includes(file.replace(/\.ts$/, '')))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n## bench/${file}\n`);
  const result = spawnSync('npx', ['tsx', '--expose-gc', `bench/${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
