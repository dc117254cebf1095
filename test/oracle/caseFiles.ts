/** Writes a hand-written case into a scratch directory as main.cf and master.cf for oracle.sh. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeCase(name: string, main: string, master: string): { main: string; master: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'pfx-parity-')), name.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(dir);
  const files = { main: join(dir, 'main.cf'), master: join(dir, 'master.cf') };
  writeFileSync(files.main, main);
  writeFileSync(files.master, master);
  return files;
}
