// Packs every publishable package and checks the tarball the way a user
// receives it: publint (package.json / exports correctness) and
// @arethetypeswrong/cli (types resolve for ESM and CJS consumers).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages')).filter((name) => {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  return !pkg.private;
});

const bin = (name) => join(root, 'node_modules', '.bin', name);
const failures = [];
// What a user downloads: the build, the README, the licence and package.json, nothing else.
const shipped = (path) => path.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(path);
for (const name of packages) {
  const dir = join(root, 'packages', name);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8' }));
  const files = packed.files.map((file) => file.path);
  const extra = files.filter((path) => !shipped(path));
  const missing = ['README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts'].filter(
    (path) => !files.includes(path),
  );
  process.stdout.write(`\n--- npm pack @valine/${name}: ${files.length} files\n`);
  if (extra.length > 0 || missing.length > 0) {
    console.error(`  unexpected: ${extra.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}`);
    failures.push(`npm pack @valine/${name}`);
  }
  for (const [tool, args] of [
    ['publint', [dir, '--strict']],
    ['attw', ['--pack', dir, '--profile', 'node16', '--format', 'table-flipped']],
  ]) {
    process.stdout.write(`\n--- ${tool} @valine/${name}\n`);
    try {
      execFileSync(bin(tool), args, { stdio: 'inherit', cwd: root });
    } catch {
      failures.push(`${tool} @valine/${name}`);
    }
  }
}
if (failures.length > 0) {
  console.error(`\nPackage checks failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`\nPackage checks passed for ${packages.length} packages.`);
