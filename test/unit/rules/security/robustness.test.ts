/** The security rules never throw and keep their ranges and edits inside the documents, whatever the input. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../../server/src/analysis/engine';
import { SECURITY_RULES } from '../../../../server/src/analysis/rules/security';
import { loadModel } from '../../../../server/src/model/load';

const MAINS = [
  '',
  'smtpd_restriction_classes = a b\na = b, permit\nb = a\nsmtpd_recipient_restrictions = a\n',
  'x = $y\ny = $x\nsmtpd_relay_restrictions = $x, ${y?{permit}:{reject}}\nmynetworks = $mynetworks\n',
  'smtpd_recipient_restrictions = check_client_access inline:{ 1.2.3.4=OK, {5.6.7.8 = REJECT text}\nmynetworks = ::1/128 [::]/0 300.1.1.1/8 1.2.3.4/40 !0/0\r\n',
  'postscreen_dnsbl_sites = a=1.2.[3..*x, =*, *\nsmtpd_banner =\ndefault_privs =\nalias_database = hash:\n',
  'smtpd_forbid_bare_newline = ${\nmyhostname = ${{$a} == {b} ? {c}}\n',
];
const MASTERS = [
  '',
  'smtp inet n - n - - smtpd -o\nsmtpd pass - - n - - smtpd -o { smtpd_relay_restrictions = permit }\n',
  'smtp inet n - n - 1 postscreen\n x\n127.0.0.1: inet n - n - - smtpd -o content_filter=\npolicy unix - n n - - spawn user=\n',
  'a b c d e f g h\nqmgr unix n - n - x qmgr\n',
];

describe('security rules on hostile input', () => {
  test('no rule throws; ranges and fix edits stay inside the documents', () => {
    for (const main of MAINS) {
      for (const master of MASTERS) {
        for (const version of [undefined, '2.5', '3.8.4', '3.11']) {
          const { diagnostics, failures } = analyze(
            loadModel({ main, master, version }),
            { rules: {}, hostRole: 'internet-mx', readFile: () => Buffer.from('a OK\n1.2.3.0/24 REJECT\n/x\\d/ $1\n') },
            SECURITY_RULES,
          );
          assert.deepEqual(failures, []);
          for (const d of diagnostics) {
            const len = (d.file === 'main' ? main : master).length;
            assert.ok(d.start >= 0 && d.start <= d.end && d.end <= len, `${d.code} range ${d.start}-${d.end}`);
            for (const e of (d.fixes ?? []).flatMap((f) => f.edits)) {
              const l = (e.file === 'main' ? main : master).length;
              assert.ok(e.start >= 0 && e.start <= e.end && e.end <= l, `${d.code} edit ${e.start}-${e.end}`);
            }
          }
        }
      }
    }
  });
});
