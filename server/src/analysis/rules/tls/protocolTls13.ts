/**
 * catalogue | rule
 * TLS008    | tls-protocol-tls13-disabled
 *
 * A protocol list that turns TLS 1.3 off (`!TLSv1.3`, `<=TLSv1.2`, or naming only older
 * versions) on a release that knows TLS 1.3. Lists Postfix rejects are tls-protocol-syntax's.
 */
import { explicitSettings, onSubmissionService } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { floorValue, intendedFloor, knowsTls13, parseProtocolList } from '../../tls/protocols';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';
import { PROTOCOL_LISTS } from './protocolSsl';

export const tlsProtocolTls13: Rule = {
  id: 'tls-protocol-tls13-disabled',
  defaultSeverity: 'warning',
  description: 'A TLS protocol list that turns TLS 1.3 off (`!TLSv1.3`, `<=TLSv1.2`, or only older versions named).',
  check({ model }) {
    const found = new FindingSet(model);
    if (!knowsTls13(model.target)) return [];
    for (const s of explicitSettings(model, PROTOCOL_LISTS)) {
      const list = parseProtocolList(s.value, model.target);
      if (list.invalid || list.enabled.size === 0 || list.enabled.has('TLSv1.3')) continue;
      const value = floorValue(intendedFloor(list.enabled), model.target);
      found.addAt(s, {
        message:
          `${s.name} = ${s.value} turns TLS 1.3 off. TLS 1.3 is the only version that always has forward secrecy; ` +
          `turning it off is only needed for servers without a certificate (smtpd_tls_cert_file = none), and those should get one. Write '${value}'.`,
        fixes: fix(`Set ${s.name} to ${value}`, [replaceValue(s, value)], onSubmissionService(s), true),
      });
    }
    return found.list();
  },
};
