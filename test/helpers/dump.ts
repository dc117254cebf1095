/** Runs `postfix-lint --dump` in process and returns the parsed JSON. */
import { run } from '../../server/src/cli/lint';
import type { MainDump, MasterDump } from '../../server/src/model/dump';

export function dump(args: string[]): (MainDump | MasterDump)[] {
  let out = '';
  let err = '';
  const rc = run(['--dump', ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  if (rc !== 0) throw new Error(`postfix-lint --dump exited ${rc}: ${err}`);
  return JSON.parse(out).files;
}
