/** Compares our --dump of a file with the real postconf's reading of it. */
import assert from 'node:assert/strict';
import type { MainDump, MasterDump } from '../../server/src/model/dump';
import { parameterRecord, splitMasterLine, type OracleResult } from './oracle';

export function assertMainAgrees(ours: MainDump, oracle: OracleResult, label: string): void {
  const n = oracle.sections['-n'];
  const rejected = n.rc !== 0;
  assert.equal(ours.errors.length > 0, rejected, `${label}: rejection differs; ours: ${JSON.stringify(ours.errors)}; postconf: ${n.stderr.join(' | ')}`);
  // postconf -c always reports its own config_directory; the oracle leaves that line out.
  const { config_directory: _ignored, ...mine } = ours.parameters;
  if (!rejected) assert.deepEqual(mine, parameterRecord(n.stdout), `${label}: parameters differ`);
}

/** Blanks as postconf's master.cf code knows them. */
const BLANKS = /[ \t\r\n]/;

/**
 * The arguments of a service as `postconf -M` prints them after the command
 * (pcf_print_master_entry): one space before each; while options last, every word as it is,
 * and the value of an option that takes one (`-o`, and a lone `-`, whose letter postconf's
 * strchr() finds at the string's end) in braces when it has blanks; options end at the first
 * word not starting with `-` or at `--`, which is printed as it is; later words in braces when
 * they have blanks.
 */
export function masterArgsLine(args: string[]): string {
  let out = '';
  let inOptions = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value: string | undefined;
    let braces = false;
    if (inOptions) {
      if (arg[0] !== '-' || arg === '--') inOptions = false;
      else if ((arg.length === 1 || arg[1] === 'o') && i + 1 < args.length) {
        value = args[++i];
        braces = BLANKS.test(value);
      }
    } else braces = BLANKS.test(arg);
    out += ' ' + (!inOptions && braces ? `{${arg}}` : arg);
    if (value !== undefined) out += ' ' + (braces ? `{${value}}` : value);
  }
  return out;
}

export function assertMasterAgrees(ours: MasterDump, oracle: OracleResult, label: string): void {
  const m = oracle.sections['-M'];
  const rejected = m.rc !== 0;
  assert.equal(ours.errors.length > 0, rejected, `${label}: rejection differs; ours: ${JSON.stringify(ours.errors)}; postconf: ${m.stderr.join(' | ')}`);
  if (rejected) return;
  // The eight columns as words (padded to columns), then the arguments exactly as printed.
  const theirs = m.stdout.map((line) => {
    const fields = splitMasterLine(line).slice(0, 8);
    let end = 0;
    for (const f of fields) end = line.indexOf(f, end) + f.length;
    return [...fields, line.slice(end)];
  });
  const mine = ours.services.map((s) => [s.name, s.type, s.private, s.unpriv, s.chroot, s.wakeup, s.maxproc, s.command, masterArgsLine(s.args)]);
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
