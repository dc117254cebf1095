/**
 * Catalogue SEC073 (2.6): `-o smtpd_*` settings on the postscreen entry never reach smtpd (only
 * those postscreen itself reads through its own defaults count); TLS settings given only on the
 * `smtpd pass` entry do not reach postscreen and tlsproxy, which offer STARTTLS first.
 */
import { allParameters } from '../../../data/parameters';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { postscreens } from './postscreenCommon';

let readByPostscreen: Set<string> | undefined;

/** smtpd_* names postscreen reads through the defaults of its own parameters ($smtpd_banner, ...). */
function postscreenReads(): Set<string> {
  if (readByPostscreen) return readByPostscreen;
  readByPostscreen = new Set(['smtpd_service_name']);
  for (const p of allParameters()) {
    if (!p.name.startsWith('postscreen_')) continue;
    for (const m of p.default.matchAll(/\$\{?(smtpd_[a-z0-9_]+)/g)) readByPostscreen.add(m[1]);
  }
  return readByPostscreen;
}

export const postscreenOverridesPlacement: Rule = {
  id: 'postscreen-overrides-placement',
  defaultSeverity: 'hint',
  description: '-o smtpd_* settings on the postscreen line (they never reach smtpd), or TLS settings only on the smtpd pass line (postscreen does not see them).',
  check({ model }) {
    const out: Finding[] = [];
    const reads = postscreenReads();
    for (const p of postscreens(model)) {
      for (const o of p.service.overrides.values()) {
        if (!o.name.startsWith('smtpd_') || reads.has(o.name)) continue;
        out.push(at({ file: 'master', start: o.nameStart, end: o.valueEnd }, `-o ${o.name} on the postscreen line does not reach smtpd: postscreen hands clients to the '${p.passName} pass' service, which reads its own settings. Move it to that entry.`));
      }
      if (!p.pass) continue;
      for (const o of p.pass.overrides.values()) {
        if (!o.name.startsWith('smtpd_tls_') || p.service.overrides.has(o.name) || p.service.overrides.has(o.name.replace(/^smtpd_/, 'postscreen_'))) continue;
        if (!reads.has(o.name)) continue;
        out.push(at({ file: 'master', start: o.nameStart, end: o.valueEnd }, `-o ${o.name} on the '${p.passName} pass' entry does not reach postscreen and tlsproxy, which handle STARTTLS before smtpd gets the client. Set it in main.cf, or repeat it on the postscreen line.`));
      }
    }
    return out;
  },
};
