/**
 * The extension test entry point: the workbench's extension host calls run() (runTests'
 * extensionTestsPath points at this folder). It runs every compiled *.e2e.js of this folder and
 * the pending suites named in POSTFIX_E2E_PENDING (see PENDING in scripts/e2e/run.mjs).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { MOCHA_MARK } from './mark';

export function e2eFiles(): string[] {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.e2e.js'))
    .sort()
    .map((f) => join(__dirname, f));
  const pending = (process.env.POSTFIX_E2E_PENDING ?? '').split(',').filter(Boolean);
  for (const name of pending) {
    const file = join(__dirname, '../pending', `${name}.e2e.js`);
    // Pending names without a mocha suite (the Neovim hover check, say) have no file here.
    if (existsSync(file)) files.push(file);
  }
  return files;
}

export function run(): Promise<void> {
  // The report reaches the runner through the workbench's log, among the workbench's own lines.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(MOCHA_MARK + format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of e2eFiles()) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
