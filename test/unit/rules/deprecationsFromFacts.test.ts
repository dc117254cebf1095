/**
 * Warnings only newer postconf prints, checked against expectations written from the facts
 * (../shared/postfix/parameters.tsv, status and obsolete_since; README: postconf warns about
 * deprecated names from 3.9 on, about renamed ones from 3.11 on; tls-rules.md: the EECDH grade
 * is ignored from 3.6 on).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../server/src/analysis/engine';
import { deprecatedParameter } from '../../../server/src/analysis/rules/deprecatedParameter';
import { ignoredParameter } from '../../../server/src/analysis/rules/ignoredParameter';
import { loadModel } from '../../../server/src/model/load';
import { SHARED } from '../../helpers/paths';

const rows = readFileSync(join(SHARED, 'postfix/parameters.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const names = rows.filter((r) => ['deprecated', 'renamed', 'ignored', 'obsolete'].includes(r[8])).map((r) => r[0]);
const main = names.map((n) => `${n} = x`).join('\n') + '\n';

function verdicts(version: string): Record<string, string[]> {
  const model = loadModel({ main, version });
  const out: Record<string, string[]> = { warning: [], info: [], ignored: [] };
  for (const d of analyze(model, { rules: {} }, [deprecatedParameter, ignoredParameter]).diagnostics) {
    const name = /^\S+/.exec(model.main!.text.slice(d.start, d.end))![0];
    out[d.code === 'ignored-parameter' ? 'ignored' : d.severity].push(name);
  }
  return out;
}

const IGNORED = ['smtpd_tls_dh512_param_file', 'smtpd_tls_eecdh_grade', 'tls_eecdh_strong_curve', 'tls_eecdh_ultra_curve', 'tls_export_cipherlist', 'tls_low_cipherlist', 'tlsproxy_tls_dh512_param_file', 'tlsproxy_tls_eecdh_grade'];
const DEPRECATED_39 = [
  'disable_dns_lookups', 'lmtp_enforce_tls', 'lmtp_tls_per_site', 'lmtp_use_tls', 'postscreen_enforce_tls', 'postscreen_use_tls', 'smtp_enforce_tls',
  'smtp_tls_per_site', 'smtp_use_tls', 'smtpd_enforce_tls', 'smtpd_tls_dh1024_param_file', 'smtpd_use_tls', 'tlsproxy_client_enforce_tls',
  'tlsproxy_client_per_site', 'tlsproxy_client_use_tls', 'tlsproxy_enforce_tls', 'tlsproxy_tls_dh1024_param_file', 'tlsproxy_use_tls',
];
const DEPRECATED_311 = ['lmtp_cname_overrides_servername', 'lmtp_tls_enforce_peername', 'smtp_cname_overrides_servername', 'smtp_tls_enforce_peername'];
const RENAMED = [
  'authorized_verp_clients', 'fallback_relay', 'lmtp_per_record_deadline', 'postscreen_blacklist_action', 'postscreen_dnsbl_ttl', 'postscreen_dnsbl_whitelist_threshold',
  'postscreen_whitelist_interfaces', 'smtp_per_record_deadline', 'smtpd_client_connection_limit_exceptions', 'smtpd_per_record_deadline', 'tlsproxy_client_level', 'tlsproxy_client_policy', 'virtual_maps',
];
const OBSOLETE = ['maps_rbl_domains', 'qmgr_fudge_factor', 'sun_mailtool_compatibility'];
const sorted = (...lists: string[][]) => lists.flat().sort();

describe('deprecations by release, from the facts', () => {
  test('3.9: deprecated names warn, names deprecated in 3.11 and renamed ones are info', () => {
    const v = verdicts('3.9');
    assert.deepEqual(v.warning.sort(), sorted(DEPRECATED_39));
    // The 3.11 deprecations with a replacement parameter are already worth knowing; the
    // "do not specify" ones (cname_overrides_servername) are not deprecated before 3.11.
    assert.deepEqual(v.info.sort(), sorted(['lmtp_tls_enforce_peername', 'smtp_tls_enforce_peername'], RENAMED, OBSOLETE));
    assert.deepEqual(v.ignored.sort(), sorted(IGNORED));
  });

  test('3.11: renamed names and the 3.11 deprecations warn too', () => {
    const v = verdicts('3.11');
    assert.deepEqual(v.warning.sort(), sorted(DEPRECATED_39, DEPRECATED_311, RENAMED));
    assert.deepEqual(v.info.sort(), sorted(OBSOLETE));
    assert.deepEqual(v.ignored.sort(), sorted(IGNORED));
  });

  test('3.8: postconf warns about none of them; the ignored ones are ignored', () => {
    const v = verdicts('3.8');
    assert.deepEqual(v.warning, []);
    assert.deepEqual(v.ignored.sort(), sorted(IGNORED));
  });
});
