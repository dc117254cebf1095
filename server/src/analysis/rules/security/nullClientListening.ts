/**
 * Catalogue SEC055 (2.4): a null client (host role null-client, or mydestination empty with a
 * relayhost and no virtual or relay domains) that still listens on the network: it should
 * accept only local mail (inet_interfaces = loopback-only).
 */
import { defaultAnchor, hostRole } from '../../security/context';
import { isLoopback, parseNetwork } from '../../security/net';
import { setMainParameter } from '../../security/edits';
import { settingAt, valueText, valueWords } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix } from './common';

function loopbackOnly(words: string[]): boolean {
  return words.length > 0 && words.every((w) => {
    if (/^(loopback-only|localhost)$/i.test(w)) return true;
    const n = parseNetwork(w.includes(':') && !w.startsWith('[') ? `[${w}]` : w);
    return n !== undefined && isLoopback(n);
  });
}

export const nullClientListening: Rule = {
  id: 'null-client-listening',
  defaultSeverity: 'info',
  description: 'A send-only (null client) host that still accepts mail from the network.',
  check(ctx) {
    const { model } = ctx;
    const declared = hostRole(ctx) === 'null-client';
    const looksNull =
      valueText(model, 'mydestination') === '' &&
      valueText(model, 'relayhost') !== '' &&
      ['virtual_alias_domains', 'virtual_mailbox_domains', 'relay_domains'].every((n) => valueText(model, n) === '');
    if (!declared && !(looksNull && model.effective.has('mydestination'))) return [];
    if (model.master && !model.services.some((s) => s.type === 'inet' && (s.command === 'smtpd' || s.command === 'postscreen'))) return [];
    if (loopbackOnly(valueWords(model, 'inet_interfaces').words.map((w) => w.text))) return [];
    const loc = settingAt(model, 'inet_interfaces') ?? settingAt(model, 'mydestination') ?? defaultAnchor(model);
    return [
      at(loc, `This host only sends mail (${declared ? 'host role null-client' : 'no local domains, a relayhost'}) but inet_interfaces lets the SMTP server accept mail from the network. Set inet_interfaces = loopback-only.`, undefined, fix('Set inet_interfaces = loopback-only', [setMainParameter(model, 'inet_interfaces', 'loopback-only')])),
    ];
  },
};
