/**
 * Release facts of the SMTP smuggling and pipelining parameters (design/security-rules.md
 * section 1), kept here because the parameter tables record only X.Y.0 tags while these
 * parameters arrived in patch releases. A target `X.Y` means the newest patch of that line.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { compareVersions, type Version } from '../../data/versions';
import { valueWords } from './words';

function patchAtLeast(target: Version, byLine: Record<string, number>, from: string): boolean {
  if (compareVersions(target, [Number(from.split('.')[0]), Number(from.split('.')[1]), 0]) >= 0) return true;
  const min = byLine[`${target[0]}.${target[1]}`];
  if (min === undefined) return false;
  return target[2] === undefined || target[2] >= min;
}

/** What a release supports, worked out once per release (every analysis asks several times). */
interface Support {
  bareNewline: 'none' | 'boolean' | 'enum' | 'full';
  unauthPipelining: 'none' | 'backport' | 'full';
  strayCrLf: boolean;
}

const supportOf = new WeakMap<Version, Support>();

function support(target: Version): Support {
  let s = supportOf.get(target);
  if (!s) {
    s = { bareNewline: findBareNewlineSupport(target), unauthPipelining: findUnauthPipeliningSupport(target), strayCrLf: findStrayCrLfSupport(target) };
    supportOf.set(target, s);
  }
  return s;
}

/** smtpd_forbid_bare_newline: 'none' (unknown name), 'boolean' (yes/no only), 'enum', 'full' (3.9+: note, default normalize). */
export function bareNewlineSupport(target: Version): 'none' | 'boolean' | 'enum' | 'full' {
  return support(target).bareNewline;
}

function findBareNewlineSupport(target: Version): Support['bareNewline'] {
  if (compareVersions(target, [3, 9, 0]) >= 0) return 'full';
  if (patchAtLeast(target, { '3.5': 24, '3.6': 14, '3.7': 10, '3.8': 5 }, '3.9')) return 'enum';
  if (patchAtLeast(target, { '3.5': 23, '3.6': 13, '3.7': 9, '3.8': 4 }, '3.9')) return 'boolean';
  return 'none';
}

/** smtpd_forbid_unauth_pipelining: 'none', 'backport' (default no) or 'full' (3.9+, default yes). */
export function unauthPipeliningSupport(target: Version): 'none' | 'backport' | 'full' {
  return support(target).unauthPipelining;
}

function findUnauthPipeliningSupport(target: Version): Support['unauthPipelining'] {
  if (compareVersions(target, [3, 9, 0]) >= 0) return 'full';
  return patchAtLeast(target, { '3.5': 20, '3.6': 10, '3.7': 6, '3.8': 1 }, '3.9') ? 'backport' : 'none';
}

/** cleanup_replace_stray_cr_lf exists (3.9, 3.8.5, 3.7.10, 3.6.14, 3.5.24). */
export function strayCrLfSupported(target: Version): boolean {
  return support(target).strayCrLf;
}

function findStrayCrLfSupport(target: Version): boolean {
  return patchAtLeast(target, { '3.5': 24, '3.6': 14, '3.7': 10, '3.8': 5 }, '3.9');
}

/** The value a service uses for one of these parameters: its setting, else the release default. */
export function smugglingValue(model: ConfigModel, name: string, service?: ServiceModel): { value: string; explicit: boolean } {
  const vw = valueWords(model, name, service);
  if (vw.effective && vw.effective.source !== 'default') return { value: vw.words.map((w) => w.text).join(' ').toLowerCase(), explicit: true };
  const full = compareVersions(model.target, [3, 9, 0]) >= 0;
  const defaults: Record<string, string> = {
    smtpd_forbid_bare_newline: full ? 'normalize' : 'no',
    smtpd_forbid_unauth_pipelining: full ? 'yes' : 'no',
    cleanup_replace_stray_cr_lf: 'yes',
  };
  return { value: defaults[name] ?? '', explicit: false };
}
