/** Compares our --dump of a file with the real postconf's reading of it. */
import assert from 'node:assert/strict';
import type { MainDump, MasterDump } from '../../server/src/model/dump';
import { parameterRecord, splitMasterLine, unwrap, type OracleResult } from './oracle';

export function assertMainAgrees(ours: MainDump, oracle: OracleResult, label: string): void {
  const n = oracle.sections['-n'];
  const rejected = n.rc !== 0;
  assert.equal(ours.errors.length > 0, rejected, `${label}: rejection differs; ours: ${JSON.stringify(ours.errors)}; postconf: ${n.stderr.join(' | ')}`);
  // postconf -c always reports its own config_directory; the oracle leaves that line out.
  const { config_directory: _ignored, ...mine } = ours.parameters;
  if (!rejected) assert.deepEqual(mine, parameterRecord(n.stdout), `${label}: parameters differ`);
}

export function assertMasterAgrees(ours: MasterDump, oracle: OracleResult, label: string): void {
  const m = oracle.sections['-M'];
  const rejected = m.rc !== 0;
  assert.equal(ours.errors.length > 0, rejected, `${label}: rejection differs; ours: ${JSON.stringify(ours.errors)}; postconf: ${m.stderr.join(' | ')}`);
  if (rejected) return;
  const theirs = m.stdout.map((line) => {
    const t = splitMasterLine(line);
    return [t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], ...t.slice(8).map(unwrap)];
  });
  // postconf -M prints the first argument after the options without its braces (`{ a b } c`
  // shows as `a b c`, while `x { a b }` shows as `x {a b}`): compare that one word by word.
  const words = (args: string[]) => {
    let first = -1;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '--') break;
      // -o and a lone - (a postconf quirk, see parser/masterCf.ts) take the next word.
      if (args[i] === '-o' || args[i] === '-') i++;
      else if (!args[i].startsWith('-')) {
        first = i;
        break;
      }
    }
    return args.flatMap((a, i) => (i === first ? a.split(/\s+/).filter((w) => w !== '') : [a]));
  };
  const mine = ours.services.map((s) => [s.name, s.type, s.private, s.unpriv, s.chroot, s.wakeup, s.maxproc, s.command, ...words(s.args)]);
  assert.deepEqual(mine, theirs, `${label}: services differ`);
  const p = oracle.sections['-P'];
  const ourOverrides = ours.services
    .flatMap((s) => Object.entries(s.overrides).map(([k, v]) => `${s.name}/${s.type}/${k} =${v === '' ? '' : ' ' + v}`))
    .sort();
  assert.deepEqual(ourOverrides, [...p.stdout].sort(), `${label}: overrides differ`);
}

/**
 * A main.cf read together with its master.cf: postconf refuses both when either has a fatal
 * problem, so the decision is compared for the pair; when accepted, each file must agree.
 */
export function assertPairAgrees(main: MainDump, master: MasterDump, oracle: OracleResult, label: string): void {
  const ours = [...main.errors, ...master.errors];
  const rejected = oracle.sections['-n'].rc !== 0;
  const stderr = oracle.sections['-n'].stderr.join(' | ');
  assert.equal(ours.length > 0, rejected, `${label}: rejection differs; ours: ${JSON.stringify(ours)}; postconf: ${stderr}`);
  if (rejected) return;
  assertMainAgrees(main, oracle, label);
  assertMasterAgrees(master, oracle, label);
}
