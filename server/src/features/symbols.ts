/**
 * Outline and breadcrumbs. main.cf: settings grouped by what they are about (TLS server, TLS
 * client, SASL, restrictions, ...). A group is a run of consecutive settings of one category
 * (comments between them do not break it), so groups never overlap and the breadcrumbs always
 * name the group the cursor is in; a setting alone in its run stays at the top level.
 * master.cf: services with their `-o` overrides.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { MainCf, Parameter } from '../parser/mainCf';
import type { MasterCf } from '../parser/masterCf';
import type { Span } from '../parser/types';

function range(doc: TextDocument, s: Span) {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

const NETWORK = new Set([
  'myhostname', 'mydomain', 'myorigin', 'mydestination', 'mynetworks', 'mynetworks_style', 'inet_interfaces',
  'inet_protocols', 'proxy_interfaces', 'relay_domains', 'append_dot_mydomain', 'append_at_myorigin',
  'smtp_bind_address', 'smtp_bind_address6', 'local_header_rewrite_clients', 'remote_header_rewrite_domain',
]);

const DELIVERY = new Set([
  'relayhost', 'default_transport', 'relay_transport', 'local_transport', 'virtual_transport', 'fallback_transport',
  'fallback_transport_maps', 'fallback_relay', 'transport_maps', 'content_filter', 'home_mailbox', 'alias_maps',
  'alias_database', 'local_recipient_maps', 'relay_recipient_maps', 'recipient_delimiter', 'luser_relay',
  'forward_path', 'mailbox_command', 'mailbox_transport', 'mailbox_size_limit',
]);

/** Categories in the order they are tried; the first that matches names the setting's group. */
const CATEGORIES: [label: string, matches: (name: string) => boolean][] = [
  ['Postscreen', (n) => n.startsWith('postscreen_') || n.startsWith('dnsblog_')],
  ['TLS server', (n) => /^smtpd_(tls_|starttls_|use_tls$|enforce_tls$)/.test(n)],
  ['TLS client', (n) => /^(smtp|lmtp)_(tls_|starttls_|use_tls$|enforce_tls$)/.test(n)],
  ['TLS (shared)', (n) => /^(tls_|tlsproxy_|tlsmgr_)/.test(n) || n === 'openssl_path'],
  ['SASL', (n) => n.includes('_sasl_') || n.startsWith('sasl_')],
  ['Restrictions', (n) => n.endsWith('_restrictions') || n === 'smtpd_restriction_classes'],
  ['Milters', (n) => n.includes('milter')],
  ['Network and addressing', (n) => NETWORK.has(n) || n.startsWith('masquerade_')],
  [
    'Delivery and transport',
    (n) => DELIVERY.has(n) || /^(virtual_|sender_dependent_|mailbox_|smtp_|lmtp_)/.test(n) || n.includes('_destination_'),
  ],
  ['SMTP server', (n) => n.startsWith('smtpd_')],
];

/** The outline group of a main.cf parameter name. */
export function categoryOf(name: string): string {
  for (const [label, matches] of CATEGORIES) if (matches(name)) return label;
  return 'Other';
}

function parameterSymbol(doc: TextDocument, p: Parameter): DocumentSymbol {
  return {
    name: p.name,
    detail: p.value.normalized,
    kind: SymbolKind.Property,
    range: range(doc, p),
    selectionRange: range(doc, { start: p.nameStart, end: p.nameEnd }),
  };
}

export function mainSymbols(doc: TextDocument, main: MainCf): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let run: { label: string; members: Parameter[] } | undefined;
  const flush = () => {
    if (!run) return;
    const [first, last] = [run.members[0], run.members[run.members.length - 1]];
    if (run.members.length === 1) out.push(parameterSymbol(doc, first));
    else
      out.push({
        name: run.label,
        detail: `${run.members.length} settings`,
        kind: SymbolKind.Namespace,
        range: range(doc, { start: first.start, end: last.end }),
        selectionRange: range(doc, { start: first.nameStart, end: first.nameEnd }),
        children: run.members.map((p) => parameterSymbol(doc, p)),
      });
    run = undefined;
  };
  for (const p of main.parameters) {
    const label = categoryOf(p.name);
    if (run?.label !== label) flush();
    run ??= { label, members: [] };
    run.members.push(p);
  }
  flush();
  return out;
}

export function masterSymbols(doc: TextDocument, master: MasterCf): DocumentSymbol[] {
  return master.services
    .filter((s) => s.fields.length >= 2)
    .map((s) => ({
      name: `${s.fields[0].text} ${s.fields[1].text}`,
      detail: s.fields[7]?.text ?? '',
      kind: SymbolKind.Class,
      range: range(doc, s),
      selectionRange: range(doc, { start: s.fields[0].start, end: s.fields[1].end }),
      children: s.overrides.map((o) => ({
        name: o.name,
        detail: o.normalized,
        kind: SymbolKind.Property,
        range: range(doc, o),
        selectionRange: range(doc, { start: o.nameStart, end: o.nameEnd }),
      })),
    }));
}
