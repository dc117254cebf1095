import { forwardSecrecyFix } from '../../fixes/forwardSecrecy';
import { fsContext } from '../../fixes/tls/context';
import { forwardSecrecyGaps } from '../../fixes/tls/gaps';
import type { Finding, Rule } from '../types';

/**
 * Forward secrecy for the target release (../shared/design/tls-rules.md section 3): one finding
 * per gap, at the line responsible. Every finding offers the whole forward-secrecy change
 * (the same edit as the command "Postfix: Insert forward-secrecy settings"); a gap that one
 * line can close without side effects also offers that safe, targeted fix. A gap that a
 * catalogue rule reports too (outgoing TLS off: tls-client-off, which also says what that
 * means for SASL passwords and offers this change) is left to that rule unless it is off.
 */
export const tlsForwardSecrecy: Rule = {
  id: 'tls-forward-secrecy',
  defaultSeverity: 'warning',
  description:
    'TLS without forward secrecy where the target release could have it: server (with a certificate) or client TLS off, export/low cipher grades, ephemeral key exchanges excluded, a missing or small DH prime, ECDHE off, an EC group list without X25519 and P-256.',
  check(ctx) {
    const gaps = forwardSecrecyGaps(fsContext(ctx.model, ctx.settings)).filter((g) => !g.reportedBy || ctx.settings.rules[g.reportedBy] === 'off');
    if (gaps.length === 0) return [];
    const whole = forwardSecrecyFix(ctx.model, ctx.settings);
    return gaps.map((g): Finding => {
      const fixes = [g.fix, whole && { ...whole, preferred: !g.fix }].filter((f) => f !== undefined);
      return { file: g.file, start: g.start, end: g.end, message: g.message, severity: g.severity, fixes };
    });
  },
};
