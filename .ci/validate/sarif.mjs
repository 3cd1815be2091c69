// Validates SARIF logs with Microsoft's SARIF Multitool (@microsoft/sarif-multitool from the npm
// registry, pinned in package-lock.json): the SARIF 2.1.0 schema and the Multitool's rules of
// sound SARIF, with the rules in sarif-multitool.xml. Fails on any error or warning it reports
// (its notes are suggestions, printed with no failure). Usage: node sarif.mjs LOG.sarif...
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The path of the platform's self-contained binary. Its package makes it executable in a
// postinstall script, which npm does not run unless approved: do it here.
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool');
chmodSync(multitool, 0o755);

const tmp = mkdtempSync(join(tmpdir(), 'sarif-'));
let failed = 0;
for (const log of process.argv.slice(2)) {
  const out = join(tmp, 'validation.sarif');
  // No shell: the levels' `;` must reach the tool as it is.
  const run = spawnSync(multitool, ['validate', log, '--config', join(here, 'sarif-multitool.xml'),
    '--level', 'Error;Warning;Note', '--output', out, '--log', 'ForceOverwrite'],
  { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  if (run.status !== 0) {
    console.log(run.stdout, run.stderr);
    console.log(`${log}: the SARIF Multitool could not run (exit ${run.status})`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(out, 'utf8')).runs.flatMap((r) => r.results ?? []);
  let problems = 0;
  let notes = 0;
  for (const r of results) {
    // A result without `level` is a warning (SARIF's default).
    const level = r.level ?? 'warning';
    const where = r.locations?.[0]?.physicalLocation?.region;
    const text = r.message.text ?? `${r.message.id}: ${(r.message.arguments ?? []).join(', ')}`;
    if (level === 'note' || level === 'none') {
      notes += 1;
      continue;
    }
    console.log(`${log}:${where?.startLine ?? 0}:${where?.startColumn ?? 0}: ${level} ${r.ruleId}: ${text}`);
    problems += 1;
  }
  console.log(`${log}: ${problems} error(s) or warning(s), ${notes} note(s) from the SARIF Multitool`);
  if (problems) failed += 1;
}
rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
