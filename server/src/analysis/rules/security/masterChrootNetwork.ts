/**
 * Catalogue SEC093 (2.8) [care]: a network daemon runs chrooted (`y`, or `-` where that means y).
 * It needs copies of system files and a syslog socket inside the queue directory, or DNS and
 * logging break; Debian-style packages set that up themselves, which we cannot see.
 */
import { roleSeverity } from '../../security/context';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { chrooted } from './masterChrootDelivery';

const NETWORK = new Set(['smtpd', 'smtp', 'lmtp', 'postscreen', 'tlsproxy', 'qmqpd', 'dnsblog']);

export const masterChrootNetwork: Rule = {
  id: 'master-chroot-network',
  defaultSeverity: 'info',
  description: 'A chrooted network daemon needs system files and a log socket inside the queue directory.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC093', 'info', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const s of model.services) {
      if (!s.service.valid || !NETWORK.has(s.command)) continue;
      const f = s.service.fields[4];
      if (chrooted(model, f.text) !== true) continue;
      out.push(at({ file: 'master', start: f.start, end: f.end }, `'${s.name}' (${s.command}) runs chrooted in the queue directory: it needs copies of files such as /etc/resolv.conf, /etc/services and a syslog socket there, or DNS lookups and logging fail. Debian-style packages populate the chroot themselves; elsewhere, populate it or set the chroot column to n.`, severity));
    }
    return out;
  },
};
