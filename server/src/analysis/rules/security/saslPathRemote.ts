/** Catalogue SEC036 (2.3): smtpd_sasl_path = inet:<non-loopback host>:port sends passwords over the network in plaintext. */
import { isLoopback, parseNetwork } from '../../security/net';
import type { Rule } from '../../types';
import { at, writtenSettings } from './common';

export function remoteInetHost(value: string): string | undefined {
  const m = /^inet:(.+):([^:\]]+)$/i.exec(value.trim());
  if (!m) return undefined;
  const host = m[1].replace(/^\[|\]$/g, '');
  if (host === 'localhost') return undefined;
  const n = parseNetwork(host.includes(':') ? `[${host}]` : host);
  return n && isLoopback(n) ? undefined : host;
}

export const saslPathRemote: Rule = {
  id: 'sasl-path-remote',
  defaultSeverity: 'hint',
  description: 'smtpd_sasl_path reaches the authentication server over the network (inet: with a non-loopback host).',
  check({ model }) {
    return writtenSettings(model, 'smtpd_sasl_path').flatMap((w) => {
      const host = remoteInetHost(w.value);
      return host
        ? [at(w.valueLoc, `smtpd_sasl_path talks to the authentication server at ${host} over TCP: user names and passwords cross the network unencrypted. Use a UNIX socket (private/auth) or a loopback address.`)]
        : [];
    });
  },
};
