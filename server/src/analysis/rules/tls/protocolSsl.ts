/**
 * catalogue | rule
 * TLS001    | tls-protocol-ssl
 *
 * A protocol list (server, client, tlsproxy or postscreen; opportunistic or mandatory) that
 * leaves SSL 2.0 or 3.0 on: naming them, excluding only SSLv2, `>=SSLv3`, or an explicitly
 * empty value (SSLv2 only before 3.6: later releases need an OpenSSL without it). Only explicit settings are judged: the built-in defaults exclude SSLv3 in every
 * patch release since July 2015, and our default tables do not tell those patch levels apart.
 */
import { explicitSettings, onSubmissionService, prefixedNames } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { floorValue, intendedFloor, parseProtocolList, supportsBounds } from '../../tls/protocols';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const PROTOCOL_LISTS = prefixedNames(['tls_protocols', 'tls_mandatory_protocols']);

export const tlsProtocolSsl: Rule = {
  id: 'tls-protocol-ssl',
  defaultSeverity: 'error',
  description: 'A TLS protocol list that leaves SSLv2 or SSLv3 enabled (named, not excluded, `>=SSLv3`, or an empty value).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, PROTOCOL_LISTS)) {
      const list = parseProtocolList(s.value, model.target);
      if (list.invalid) continue;
      // Postfix 3.6 and later require OpenSSL 1.1.1, which has no SSLv2 at all.
      const ssl = (['SSLv2', 'SSLv3'] as const).filter((p) => list.enabled.has(p) && !(p === 'SSLv2' && supportsBounds(model.target)));
      if (ssl.length === 0) continue;
      const modern = supportsBounds(model.target);
      const value = floorValue(intendedFloor(list.enabled), model.target);
      const what = list.empty ? `${s.name} is empty, which allows every protocol the OpenSSL library offers, SSLv3 included` : `${s.name} = ${s.value} leaves ${ssl.join(' and ')} enabled`;
      const advice = modern ? `set '${value}' (Postfix 3.6 and later take '>=TLSv1' by default)` : `exclude them with '${value}'`;
      found.addAt(s, {
        message: `${what}. SSL 2.0 and 3.0 are broken and must not be used (RFC 6176, RFC 7568); ${advice}.`,
        fixes: fix(`Set ${s.name} to ${value}`, [replaceValue(s, value)], onSubmissionService(s), true),
      });
    }
    return found.list();
  },
};
