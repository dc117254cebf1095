/** Table references: `type:name` words as the security rules read them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { writtenTables } from '../../server/src/analysis/rules/security/tableRefs';
import { parseTableRef } from '../../server/src/analysis/security/tables';
import { loadModel } from '../../server/src/model/load';

/** The definition parseTableRef is written to: the `proxy:`/`debug:` prefixes, then `type:name`. */
function byRegExp(text: string) {
  let t = text;
  let proxied = false;
  while (/^(proxy|debug):/i.test(t)) {
    proxied ||= /^proxy:/i.test(t);
    t = t.slice(t.indexOf(':') + 1);
  }
  const m = /^([a-z0-9_]+):(.*)$/is.exec(t);
  return m ? { type: m[1].toLowerCase(), name: m[2], proxied } : undefined;
}

describe('table references', () => {
  test('parseTableRef: type (lower-cased), name and proxy, after any proxy: and debug: prefixes', () => {
    assert.deepEqual(parseTableRef('hash:/etc/postfix/access'), { type: 'hash', name: '/etc/postfix/access', proxied: false });
    assert.deepEqual(parseTableRef('Proxy:DEBUG:LDAP:/etc/postfix/ldap.cf'), { type: 'ldap', name: '/etc/postfix/ldap.cf', proxied: true });
    assert.deepEqual(parseTableRef('debug:inline:{ a=b }'), { type: 'inline', name: '{ a=b }', proxied: false });
    assert.deepEqual(parseTableRef('cidr:'), { type: 'cidr', name: '', proxied: false });
    for (const no of ['', ':x', 'proxy:', 'proxy:debug:', 'a-b:c', '/etc/aliases', 'hash']) assert.equal(parseTableRef(no), undefined, no);
  });

  test('parseTableRef agrees with its regular-expression definition on any word', () => {
    const piece = fc.constantFrom('proxy', 'PROXY', 'debug', 'Debug', 'hash', 'lmdb', 'a_1', ':', '::', '/etc/x', '{ a }', '-', ' ', '\n', '\u00e9');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const word = pieces.join('');
        assert.deepEqual(parseTableRef(word), byRegExp(word), JSON.stringify(word));
      }),
      { numRuns: 2000 },
    );
  });

  test('writtenTables: the whole word and its type part, in main.cf and in -o values', () => {
    const main = 'alias_maps = hash:/etc/aliases, proxy:LDAP:/etc/postfix/ldap.cf\nsmtpd_client_restrictions = check_client_access cidr:{ 10.0.0.0/8 OK },reject\n';
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_sender_restrictions=check_sender_access,debug:texthash:/etc/postfix/senders\n';
    const model = loadModel({ main, master });
    const shown = writtenTables(model).map((t) => {
      const text = t.loc.file === 'main' ? main : master;
      return `${t.parameter} ${t.loc.file} «${text.slice(t.loc.start, t.loc.end)}» «${text.slice(t.typeLoc.start, t.typeLoc.end)}» ${t.ref.type} ${t.ref.proxied}`;
    });
    assert.deepEqual(shown, [
      'alias_maps main «hash:/etc/aliases» «hash» hash false',
      'alias_maps main «proxy:LDAP:/etc/postfix/ldap.cf» «LDAP» ldap true',
      'smtpd_client_restrictions main «cidr:{ 10.0.0.0/8 OK }» «cidr» cidr false',
      'smtpd_sender_restrictions master «debug:texthash:/etc/postfix/senders» «texthash» texthash false',
    ]);
  });
});
