/**
 * catalogue | rule
 * TLS041    | tls-wrappermode-main
 *
 * `smtpd_tls_wrappermode = yes` in main.cf: every smtpd, port 25 included, speaks implicit TLS.
 * The fix deletes the line and adds `-o smtpd_tls_wrappermode=yes` to each submissions (465)
 * service that relied on it. It is safe only when master.cf is known and no other smtpd
 * service on a port of its own inherits wrapper mode.
 */
import { serverContexts } from '../../tls/context';
import { deleteMain, fix, setOverride } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import { isYes } from '../../tls/context';
import type { Rule } from '../../types';

export const tlsWrappermodeMain: Rule = {
  id: 'tls-wrappermode-main',
  defaultSeverity: 'error',
  description: 'smtpd_tls_wrappermode = yes in main.cf puts port 25 and 587 into implicit-TLS mode too; set it on the 465 service only.',
  check({ model }) {
    const found = new FindingSet(model);
    const p = model.effective.get('smtpd_tls_wrappermode');
    if (!p || !isYes(p.value.text)) return [];
    const inheriting = serverContexts(model).filter((c) => c.service && !c.service.overrides.has('smtpd_tls_wrappermode'));
    const submissions = inheriting.filter((c) => c.role === 'submissions').map((c) => c.service!);
    const safe = model.master !== undefined && !inheriting.some((c) => c.role === 'other-smtpd' && c.service!.type === 'inet');
    found.add(
      { file: 'main', start: p.start, end: p.end },
      {
        message:
          `smtpd_tls_wrappermode = yes in main.cf puts every SMTP server into implicit-TLS mode, port 25 and submission included: plain SMTP and STARTTLS clients can no longer connect. ` +
          `Postfix strongly discourages this; set it only on the submissions (465) service with -o smtpd_tls_wrappermode=yes.`,
        fixes: fix(
          submissions.length > 0 ? 'Move wrapper mode to the submissions service' : 'Delete smtpd_tls_wrappermode from main.cf',
          [deleteMain(model, p), ...submissions.map((s) => setOverride(model, s, 'smtpd_tls_wrappermode', 'yes'))],
          safe,
          true,
        ),
      },
    );
    return found.list();
  },
};
