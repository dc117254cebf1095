/**
 * Catalogue SEC092 (2.8): local, pipe, spawn or virtual chrooted (`y`, or `-` while the chroot
 * default is y: compatibility_level < 1 or Postfix < 3.0): they must reach the whole file system.
 * A warning for a chrooted proxymap/proxywrite, which defeats its purpose. `-` is judged only
 * when main.cf is known (the level lives there).
 */
import { atLeast } from '../../../data/versions';
import type { ConfigModel } from '../../../model/config';
import { compatibilityLevel, levelBelow } from '../../security/context';
import { setServiceField } from '../../security/edits';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

const DELIVERY = new Set(['local', 'pipe', 'spawn', 'virtual']);

/** True when the chroot column `text` means chrooted, or undefined when that cannot be known. */
export function chrooted(model: ConfigModel, text: string): boolean | undefined {
  if (text === 'y') return true;
  if (text === 'n') return false;
  if (!atLeast(model.target, '3.0')) return true;
  if (!model.main) return undefined;
  return levelBelow(compatibilityLevel(model), '1');
}

export const masterChrootDelivery: Rule = {
  id: 'master-chroot-delivery',
  defaultSeverity: 'error',
  description: 'local, pipe, spawn or virtual chrooted (or proxymap, which then cannot serve its tables).',
  check({ model }) {
    const out: Finding[] = [];
    for (const s of model.services) {
      if (!s.service.valid) continue;
      const proxy = s.command === 'proxymap';
      if (!DELIVERY.has(s.command) && !proxy) continue;
      const f = s.service.fields[4];
      if (chrooted(model, f.text) !== true) continue;
      const dash = f.text === '-' ? ' (- means y here: compatibility_level below 1, or Postfix before 3.0)' : '';
      const message = proxy
        ? `'${s.name}' runs proxymap chrooted${dash}: it exists to open tables that chrooted daemons cannot reach, which it then cannot do either. Set the chroot column to n.`
        : `'${s.name}' runs ${s.command} chrooted${dash}: delivery agents must reach mailboxes, commands and files anywhere, so delivery fails. Set the chroot column to n.`;
      out.push(at({ file: 'master', start: f.start, end: f.end }, message, proxy ? 'warning' : undefined, fix('Set chroot to n', [setServiceField(s, 4, 'n')], !proxy)));
    }
    return out;
  },
};
