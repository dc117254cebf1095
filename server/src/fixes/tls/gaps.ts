/**
 * Where a configuration falls short of forward secrecy on its target release: TLS off on the
 * server (with a certificate) or the client, export and low cipher grades, forward-secret key
 * exchanges excluded, a DH prime of 1024 bits or less, ECDHE turned off, an EC group list
 * without X25519 and P-256. Each gap points at the line responsible, or, when a built-in
 * default is responsible, at the line it concerns most. A targeted fix is attached where one
 * line can be corrected without side effects.
 */
import type { FileKind, Fix, SeverityName } from '../../analysis/types';
import { formatVersion } from '../../data/versions';
import type { ServiceModel } from '../../model/config';
import type { Parameter } from '../../parser/mainCf';
import type { Override } from '../../parser/masterCf';
import { deleteLogicalLine, deleteOverride, replaceOverrideValue, replaceValue } from '../text';
import { levelOn, mainLevel, serverSide, valueOf, type FsContext } from './context';
import { dhFileBits, MIN_DH_BITS } from './dhFile';
import { curveProblem, EXCLUDE_NAMES, GRADE_NAMES } from './plan';
import { dropTokenEdits } from './tokenEdits';
import { excludedKeyExchanges, FS_KEY_EXCHANGES, isWeakGrade, listTokens } from './tlsValues';
import * as v from './versions';

export interface Gap {
  file: FileKind;
  start: number;
  end: number;
  message: string;
  severity?: SeverityName;
  fix?: Fix;
  /** The catalogue rule that reports the same problem, with more to say about it (see tls-forward-secrecy). */
  reportedBy?: string;
}

type Site = { file: 'main'; p: Parameter } | { file: 'master'; o: Override; service: ServiceModel };

const JULY_2015 = 'the July 2015 patch releases 2.9.14, 2.10.8, 2.11.6 and 3.0.2';

export function forwardSecrecyGaps(ctx: FsContext): Gap[] {
  if (!v.supportsLevels(ctx.t)) return [];
  const gaps: Gap[] = [];
  const at = (site: Site, message: string, fix?: Fix, severity?: SeverityName): Gap =>
    site.file === 'main'
      ? { file: 'main', start: site.p.start, end: site.p.end, message, fix, severity }
      : { file: 'master', start: site.o.start, end: site.o.end, message, fix, severity };
  const release = `Postfix ${formatVersion(ctx.t)}`;
  const main = ctx.model.main;
  const firstSetting = main?.parameters[0];
  // The last assignment of a name is the effective one.
  const lastOf = (name: string) => ctx.model.effective.get(name);
  // The anchors are found when a gap needs one (the client's may take a walk through main.cf).
  const serverAnchor = once(() => lastOf('smtpd_tls_security_level') ?? ['smtpd_tls_chain_files', 'smtpd_tls_cert_file', 'smtpd_tls_eccert_file', 'smtpd_tls_dcert_file'].map(lastOf).find((p) => p) ?? firstSetting);
  // Outgoing TLS: its level, else the first client TLS setting, else the relay host, else the first setting.
  const clientAnchor = once(
    () => lastOf('smtp_tls_security_level') ?? main?.parameters.find((p) => /^smtp_(tls_|use_tls$|enforce_tls$)/.test(p.name)) ?? lastOf('relayhost') ?? firstSetting,
  );
  // A gap that no setting causes: at the most relevant setting, or at the start of an empty main.cf.
  const fileGap = (anchor: () => Parameter | undefined, message: string, reportedBy?: string) => {
    const p = anchor();
    const gap: Gap | undefined = p ? at({ file: 'main', p }, message) : main ? { file: 'main', start: 0, end: 0, message } : undefined;
    if (gap) gaps.push(reportedBy ? { ...gap, reportedBy } : gap);
  };

  // The server: port 25 with a certificate but no TLS.
  if (ctx.serverWanted) {
    const contexts: (ServiceModel | undefined)[] = ctx.model.master ? ctx.mxServices : [undefined];
    let reportedMain = false;
    for (const s of contexts) {
      const o = s?.overrides.get('smtpd_tls_security_level');
      const level = valueOf(ctx, 'smtpd_tls_security_level', s).toLowerCase();
      if (o && !levelOn(level)) {
        const fix = { title: 'Set smtpd_tls_security_level=may on this service', edits: replaceOverrideValue(o, 'may'), safe: false, preferred: true, changes: ['smtpd_tls_security_level'] };
        gaps.push(at({ file: 'master', o, service: s! }, serverOffMessage(level), fix));
      } else if (!o && !reportedMain && !levelOn(mainLevel(ctx, 'smtpd').level) && main) {
        reportedMain = true;
        fileGap(serverAnchor, serverOffMessage(level));
      }
    }
  }

  // The client: outgoing mail without TLS.
  if (main && ctx.clientWanted) {
    const { level } = mainLevel(ctx, 'smtp');
    if (!levelOn(level)) {
      const why = level === 'none' ? 'smtp_tls_security_level is none' : `smtp_tls_security_level is empty${ctx.model.effective.has('smtp_tls_security_level') ? '' : ' by default'}`;
      fileGap(
        clientAnchor,
        `Outgoing mail is sent without TLS (${why}), even to servers that offer STARTTLS, so it has neither encryption nor forward secrecy. Set smtp_tls_security_level = may.`,
        'tls-client-off',
      );
    }
  }

  const server = serverSide(ctx);
  const clientOn = levelOn(mainLevel(ctx, 'smtp').level);

  // Cipher grades: export and low, explicit or (before the July 2015 releases) by default.
  if (!v.weakGradesIgnored(ctx.t)) {
    for (const site of sitesOf(ctx, GRADE_NAMES)) {
      const name = siteName(site);
      const value = siteValue(ctx, site);
      if (!isWeakGrade(value)) continue;
      const fix = { title: `Set ${name} to medium`, edits: site.file === 'main' ? replaceValue(ctx.model.main!, site.p, 'medium') : replaceOverrideValue(site.o, 'medium'), safe: true, preferred: true, changes: [name] };
      gaps.push(at(site, `${name} = ${value} lets ${release} negotiate ciphers with 40- or 56-bit keys and export-size key exchanges, which offer no real secrecy. Use medium, the default since Postfix 3.1 and 2.9.14, 2.10.8, 2.11.6, 3.0.2.`, fix, 'error'));
    }
    if (v.hasOpportunisticLists(ctx.t) && !v.hasJuly2015Defaults(ctx.t)) {
      const defaultExport = (name: string) => !ctx.model.effective.has(name);
      if (server && defaultExport('smtpd_tls_ciphers')) fileGap(serverAnchor, `On ${release} the SMTP server's opportunistic cipher grade defaults to export (medium only from ${JULY_2015}). Set smtpd_tls_ciphers = medium.`);
      if (clientOn && defaultExport('smtp_tls_ciphers')) fileGap(clientAnchor, `On ${release} the SMTP client's opportunistic cipher grade defaults to export (medium only from ${JULY_2015}). Set smtp_tls_ciphers = medium.`);
    }
  }

  // Forward-secret key exchanges excluded.
  for (const site of sitesOf(ctx, EXCLUDE_NAMES)) {
    const raw = site.file === 'main' ? site.p.value.text : site.o.value;
    const found = excludedKeyExchanges(raw).map((t) => t.text);
    if (found.length === 0) continue;
    const name = siteName(site);
    gaps.push(at(site, `${name} excludes ${found.join(', ')}, the ephemeral key exchanges that give TLS 1.2 and older forward secrecy. Remove ${found.length > 1 ? 'them' : 'it'} from the list.`, dropFix(ctx, site, name)));
  }

  // ECDHE turned off (read from 2.6 to 3.5).
  if (v.eecdhGradeRead(ctx.t)) {
    for (const site of sitesOf(ctx, ['smtpd_tls_eecdh_grade', 'tlsproxy_tls_eecdh_grade'])) {
      if (!/^none$/i.test(siteValue(ctx, site))) continue;
      const name = siteName(site);
      const off = v.eecdhOffByDefault(ctx.t);
      const edits = off
        ? site.file === 'main' ? replaceValue(ctx.model.main!, site.p, 'strong') : replaceOverrideValue(site.o, 'strong')
        : site.file === 'main' ? deleteLogicalLine('main', ctx.model.main!, site.p.logical) : deleteOverride(ctx.model.master!, site.o);
      const remedy = off ? 'set it to strong' : `remove the line (the default is ${v.eecdhAutoDefault(ctx.t) ? 'auto' : 'strong'})`;
      gaps.push(at(site, `${name} = none turns ECDHE off, the main forward-secret key exchange of TLS 1.2 and older; ${remedy}.`, { title: off ? `Set ${name} to strong` : `Remove ${name}`, edits, safe: true, preferred: true, changes: [name] }));
    }
    if (server && v.eecdhOffByDefault(ctx.t) && !ctx.model.effective.has('smtpd_tls_eecdh_grade')) {
      fileGap(serverAnchor, `${release} leaves ECDHE off unless smtpd_tls_eecdh_grade is set, so TLS has forward secrecy only through the slower DHE. Set smtpd_tls_eecdh_grade = strong.`);
    }
  }

  // The DH prime: 1024 bits built in before July 2015, or a file that is too small.
  if (server && !v.hasJuly2015Defaults(ctx.t) && valueOf(ctx, 'smtpd_tls_dh1024_param_file') === '') {
    fileGap(serverAnchor, `${release} predates ${JULY_2015}: without smtpd_tls_dh1024_param_file its built-in DH prime has only 1024 bits, which is weak and refused by many clients. Create a 2048-bit file (openssl dhparam -out /etc/postfix/dh2048.pem 2048) and name it there.`);
  }
  for (const site of sitesOf(ctx, ['smtpd_tls_dh1024_param_file'])) {
    const path = siteValue(ctx, site);
    const bits = dhFileBits(ctx, path);
    if (bits === undefined || bits >= MIN_DH_BITS) continue;
    const droppable = v.hasJuly2015Defaults(ctx.t);
    const remedy = v.dhFileUnwanted(ctx.t)
      ? 'remove the setting: from 3.7 OpenSSL chooses a standard group'
      : droppable
        ? 'remove the setting: the built-in prime of this release has 2048 bits'
        : 'create a 2048-bit file with openssl dhparam and name it here';
    const fix = droppable
      ? { title: 'Remove smtpd_tls_dh1024_param_file', edits: site.file === 'main' ? deleteLogicalLine('main', ctx.model.main!, site.p.logical) : deleteOverride(ctx.model.master!, site.o), safe: true, preferred: true, changes: ['smtpd_tls_dh1024_param_file'] }
      : undefined;
    gaps.push(at(site, `${path} holds a ${bits}-bit DH prime; below ${MIN_DH_BITS} bits the DHE key exchange is weak and many clients refuse it. ${remedy[0].toUpperCase()}${remedy.slice(1)}.`, fix));
  }

  // The EC group list.
  const curves = curveProblem(ctx);
  const curveLine = lastOf('tls_eecdh_auto_curves');
  if (curves && curveLine) {
    const fix = { title: 'Remove tls_eecdh_auto_curves (use the built-in list)', edits: deleteLogicalLine('main', ctx.model.main!, curveLine.logical), safe: true, preferred: true, changes: ['tls_eecdh_auto_curves'] };
    gaps.push(at({ file: 'main', p: curveLine }, `tls_eecdh_auto_curves ${curves}; most clients offer X25519 or P-256, and without them ECDHE fails and TLS 1.2 and older lose forward secrecy. Remove the setting to use the built-in list.`, fix));
  }
  return gaps;
}

/** `f`, called at most once. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) (value = f()), (done = true);
    return value;
  };
}

function serverOffMessage(level: string): string {
  return `The SMTP server has a certificate but TLS is off (smtpd_tls_security_level is ${level === '' ? 'empty' : level}), so mail from other servers arrives in plaintext, with neither encryption nor forward secrecy. Set smtpd_tls_security_level = may.`;
}

/** The effective main.cf setting (last assignment) and every `-o` setting of the names. */
function sitesOf(ctx: FsContext, names: string[]): Site[] {
  const out: Site[] = [];
  for (const n of names) {
    const p = ctx.model.effective.get(n);
    if (p) out.push({ file: 'main', p });
  }
  for (const s of ctx.model.services) for (const n of names) {
    const o = s.overrides.get(n);
    if (o) out.push({ file: 'master', o, service: s });
  }
  return out;
}

const siteName = (s: Site) => (s.file === 'main' ? s.p.name : s.o.name);
const siteValue = (ctx: FsContext, s: Site) => valueOf(ctx, siteName(s), s.file === 'master' ? s.service : undefined);

function dropFix(ctx: FsContext, site: Site, name: string): Fix | undefined {
  const raw = site.file === 'main' ? site.p.value.text : site.o.value;
  const kept = listTokens(raw).filter((t) => !FS_KEY_EXCHANGES.has(t.text));
  const title = `Remove the forward-secret key exchanges from ${name}`;
  if (site.file === 'master') {
    const edits = kept.length === 0 ? deleteOverride(ctx.model.master!, site.o) : replaceOverrideValue(site.o, kept.map((t) => t.text).join(site.o.form === 'long' ? ', ' : ','));
    return { title, edits, safe: true, preferred: true, changes: [name] };
  }
  const edits = kept.length === 0 ? deleteLogicalLine('main', ctx.model.main!, site.p.logical) : dropTokenEdits(ctx.model.main!, site.p);
  return { title, edits, safe: true, preferred: true, changes: [name] };
}

