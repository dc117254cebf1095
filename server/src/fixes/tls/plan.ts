/**
 * The forward-secrecy plan for one configuration and release: which main.cf settings to set
 * (with the comment lines that go above them when they are new), which to delete, which
 * cipher exclusions to drop, and the same for the `-o` settings of master.cf services.
 * Follows ../shared/design/tls-rules.md section 3; nothing here weakens a setting that is
 * already at least as strong as the recommendation.
 */
import { cacheValue } from '../../analysis/caches';
import { formatVersion } from '../../data/versions';
import type { Override } from '../../parser/masterCf';
import type { ServiceModel } from '../../model/config';
import { dhFileTooSmall } from './dhFile';
import { fsContext, levelOn, mainLevel, serverSide, valueOf, type FsContext, type Side } from './context';
import { excludedKeyExchanges, isWeakGrade, missingCurves, protocolFloorValue, protocolsAtLeast, TLS1, TLS12 } from './tlsValues';
import * as v from './versions';
import type { AnalysisSettings } from '../../analysis/types';
import type { ConfigModel } from '../../model/config';

export type MainAction =
  | { kind: 'set'; name: string; value: string; comment: string[]; noteOnUpdate?: string[] }
  | { kind: 'delete'; name: string }
  | { kind: 'drop-tokens'; name: string };

export type OverrideAction =
  | { kind: 'set'; service: ServiceModel; override: Override; value: string }
  | { kind: 'delete'; service: ServiceModel; override: Override }
  | { kind: 'drop-tokens'; service: ServiceModel; override: Override };

export interface FsPlan {
  ctx: FsContext;
  header: string;
  main: MainAction[];
  master: OverrideAction[];
}

const PREFIXES = ['smtpd', 'smtp', 'lmtp', 'tlsproxy', 'postscreen'];
export const GRADE_NAMES = PREFIXES.flatMap((p) => [`${p}_tls_ciphers`, `${p}_tls_mandatory_ciphers`]);
export const EXCLUDE_NAMES = PREFIXES.flatMap((p) => [`${p}_tls_exclude_ciphers`, `${p}_tls_mandatory_exclude_ciphers`]);

/** The DH file path the fix writes, and the command that creates it. */
export function dhFileLines(ctx: FsContext): { value: string; comment: string[] } {
  const dir = ctx.model.effective.has('config_directory') ? valueOf(ctx, 'config_directory') : '/etc/postfix';
  return {
    value: '${config_directory}/dh2048.pem',
    comment: ['# A 2048-bit DH prime (the built-in one of this release has 1024 bits); create the file first:', `#   openssl dhparam -out ${dir}/dh2048.pem 2048`],
  };
}

/** Settings that have no effect, or only a harmful one, on release `t`. */
export function namesToDelete(ctx: FsContext): string[] {
  const t = ctx.t;
  const out: string[] = [];
  if (v.eecdhAutoDefault(t)) out.push('smtpd_tls_eecdh_grade', 'tlsproxy_tls_eecdh_grade', 'tls_eecdh_strong_curve', 'tls_eecdh_ultra_curve');
  if (v.dh512Ignored(t)) out.push('smtpd_tls_dh512_param_file', 'tlsproxy_tls_dh512_param_file');
  if (v.dhFileUnwanted(t)) out.push('smtpd_tls_dh1024_param_file', 'tlsproxy_tls_dh1024_param_file');
  if (v.weakGradesIgnored(t)) out.push('tls_low_cipherlist', 'tls_export_cipherlist');
  return out;
}

/** True when both group lists are explicitly empty: group choice handed to OpenSSL's configuration. */
export function groupHandoffSet(ctx: FsContext): boolean {
  const m = ctx.model.effective;
  return v.groupHandoff(ctx.t) && m.has('tls_eecdh_auto_curves') && m.has('tls_ffdhe_auto_groups') && valueOf(ctx, 'tls_eecdh_auto_curves') === '' && valueOf(ctx, 'tls_ffdhe_auto_groups') === '';
}

/** Why an explicit tls_eecdh_auto_curves weakens forward secrecy, or undefined. */
export function curveProblem(ctx: FsContext): string | undefined {
  if (!v.hasCurveList(ctx.t) || !ctx.model.effective.has('tls_eecdh_auto_curves') || groupHandoffSet(ctx)) return undefined;
  const value = valueOf(ctx, 'tls_eecdh_auto_curves');
  if (value === '') return 'is empty, which turns ECDHE off';
  const missing = missingCurves(value, v.rangeSyntax(ctx.t));
  return missing.length ? `lacks ${missing.join(' and ')}` : undefined;
}

function levelAction(ctx: FsContext, side: Side): MainAction | undefined {
  const { level, legacy } = mainLevel(ctx, side);
  const name = `${side}_tls_security_level`;
  const comment = side === 'smtpd' ? ['# Offer STARTTLS to connecting clients without requiring it'] : ['# Use TLS for outgoing mail whenever the receiving server offers it'];
  if (legacy) return { kind: 'set', name, value: level, comment: [`# Replaces ${side}_use_tls and ${side}_enforce_tls`] };
  if (levelOn(level)) return undefined;
  if (side === 'smtpd') {
    // Port 25 takes its level from main.cf unless every port-25 service sets its own.
    const inherits = !ctx.model.master || ctx.mxServices.some((s) => !s.overrides.has(name));
    if (!ctx.serverWanted || !inherits) return undefined;
  } else if (!ctx.clientWanted) return undefined;
  return { kind: 'set', name, value: 'may', comment };
}

/** The main.cf block: what to set, in the order the settings are inserted. */
function mainSettings(ctx: FsContext): MainAction[] {
  const t = ctx.t;
  const server = serverSide(ctx);
  const out: (MainAction | undefined)[] = [];
  const unless = (ok: boolean, a: MainAction) => (ok ? undefined : a);
  const client = ctx.clientSide;
  if (server) out.push(levelAction(ctx, 'smtpd'));
  if (client) out.push(levelAction(ctx, 'smtp'));
  if (v.hasOpportunisticLists(t) && !v.rangeSyntax(t)) {
    const comment = ['# Never SSLv2 or SSLv3 (Postfix before 3.6 has no ">=" syntax)'];
    if (server) out.push(unless(protocolsAtLeast(valueOf(ctx, 'smtpd_tls_protocols'), TLS1, t), { kind: 'set', name: 'smtpd_tls_protocols', value: protocolFloorValue(TLS1, t), comment }));
    if (client) out.push(unless(protocolsAtLeast(valueOf(ctx, 'smtp_tls_protocols'), TLS1, t), { kind: 'set', name: 'smtp_tls_protocols', value: protocolFloorValue(TLS1, t), comment }));
  }
  if (server) {
    out.push(
      unless(protocolsAtLeast(valueOf(ctx, 'smtpd_tls_mandatory_protocols'), TLS12, t), {
        kind: 'set',
        name: 'smtpd_tls_mandatory_protocols',
        value: protocolFloorValue(TLS12, t),
        comment: ['# Where TLS is required (submission), accept TLS 1.2 or newer only'],
      }),
    );
  }
  const clientLevel = mainLevel(ctx, 'smtp').level;
  if (client && v.rangeSyntax(t) && clientLevel !== 'dane' && clientLevel !== 'dane-only') {
    out.push(
      unless(protocolsAtLeast(valueOf(ctx, 'smtp_tls_mandatory_protocols'), TLS12, t), {
        kind: 'set',
        name: 'smtp_tls_mandatory_protocols',
        value: protocolFloorValue(TLS12, t),
        comment: ['# Where delivery requires TLS, accept TLS 1.2 or newer only'],
      }),
    );
  }
  if (v.hasOpportunisticLists(t) && !v.weakGradesIgnored(t)) {
    const comment = ['# No export or low-grade ciphers'];
    if (server) out.push(unless(!isWeakGrade(valueOf(ctx, 'smtpd_tls_ciphers')), { kind: 'set', name: 'smtpd_tls_ciphers', value: 'medium', comment }));
    if (client) out.push(unless(!isWeakGrade(valueOf(ctx, 'smtp_tls_ciphers')), { kind: 'set', name: 'smtp_tls_ciphers', value: 'medium', comment }));
  }
  if (server && v.eecdhOffByDefault(t) && !/^(strong|ultra)$/i.test(valueOf(ctx, 'smtpd_tls_eecdh_grade'))) {
    out.push({ kind: 'set', name: 'smtpd_tls_eecdh_grade', value: 'strong', comment: ['# Postfix 2.6 and 2.7 leave ECDHE off unless a grade is set'] });
  }
  if (server && !v.hasJuly2015Defaults(t) && (valueOf(ctx, 'smtpd_tls_dh1024_param_file') === '' || dhFileTooSmall(ctx, valueOf(ctx, 'smtpd_tls_dh1024_param_file')))) {
    const dh = dhFileLines(ctx);
    out.push({ kind: 'set', name: 'smtpd_tls_dh1024_param_file', value: dh.value, comment: dh.comment, noteOnUpdate: dh.comment });
  }
  if (client && valueOf(ctx, 'smtp_tls_session_cache_database') === '') {
    out.push({
      kind: 'set',
      name: 'smtp_tls_session_cache_database',
      value: cacheValue(ctx.t, 'smtp_scache'),
      comment: ['# Reuse TLS sessions with servers contacted before (fewer full handshakes)'],
    });
  }
  return out.filter((a) => a !== undefined);
}

/** The level a service's own `-o smtpd_tls_security_level` has after the change: port 25 gets TLS when it should. */
function overrideLevelAfter(ctx: FsContext, s: ServiceModel): string {
  const level = valueOf(ctx, 'smtpd_tls_security_level', s).toLowerCase();
  return ctx.serverWanted && ctx.mxServices.includes(s) && !levelOn(level) ? 'may' : level;
}

/** Deletions and corrections of explicit settings, main.cf and master.cf alike. */
function corrections(ctx: FsContext, settings: MainAction[]): { main: MainAction[]; master: OverrideAction[] } {
  const set = new Set(settings.map((a) => a.name));
  const plannedLevel = settings.find((a): a is Extract<MainAction, { kind: 'set' }> => a.kind === 'set' && a.name === 'smtpd_tls_security_level')?.value;
  /** Whether a service uses TLS once main.cf has the planned level. */
  const tlsAfter = (s: ServiceModel) =>
    /^yes$/i.test(valueOf(ctx, 'smtpd_tls_wrappermode', s)) ||
    levelOn(s.overrides.has('smtpd_tls_security_level') ? overrideLevelAfter(ctx, s) : (plannedLevel ?? mainLevel(ctx, 'smtpd').level));
  const t = ctx.t;
  const main: MainAction[] = [];
  const master: OverrideAction[] = [];
  const effective = ctx.model.effective;
  const deletions = new Set(namesToDelete(ctx));
  if (!v.eecdhAutoDefault(t) && !v.eecdhOffByDefault(t)) {
    // 2.8 to 3.1: the default grade is strong, so only "none" needs to go.
    for (const n of ['smtpd_tls_eecdh_grade', 'tlsproxy_tls_eecdh_grade']) if (/^none$/i.test(valueOf(ctx, n))) deletions.add(n);
  }
  if (v.hasJuly2015Defaults(t) && dhFileTooSmall(ctx, valueOf(ctx, 'smtpd_tls_dh1024_param_file'))) deletions.add('smtpd_tls_dh1024_param_file');
  if (curveProblem(ctx) || (v.groupListsBuiltinBest(t) && !groupHandoffSet(ctx))) {
    if (effective.has('tls_eecdh_auto_curves')) deletions.add('tls_eecdh_auto_curves');
    if (v.groupListsBuiltinBest(t) && effective.has('tls_ffdhe_auto_groups')) deletions.add('tls_ffdhe_auto_groups');
  }
  for (const n of GRADE_NAMES) {
    if (set.has(n) || !effective.has(n) || !isWeakGrade(valueOf(ctx, n))) continue;
    if (v.weakGradesIgnored(t)) deletions.add(n);
    else main.push({ kind: 'set', name: n, value: 'medium', comment: [] });
  }
  for (const n of EXCLUDE_NAMES) if (effective.has(n) && excludedKeyExchanges(effective.get(n)!.value.text).length > 0) main.push({ kind: 'drop-tokens', name: n });
  for (const side of ['smtpd', 'smtp'] as const) {
    const levelSetOrKept = set.has(`${side}_tls_security_level`) || effective.has(`${side}_tls_security_level`);
    if (levelSetOrKept) for (const n of [`${side}_use_tls`, `${side}_enforce_tls`]) if (effective.has(n)) deletions.add(n);
  }
  if (v.eecdhOffByDefault(t) && /^none$/i.test(valueOf(ctx, 'tlsproxy_tls_eecdh_grade')) && effective.has('tlsproxy_tls_eecdh_grade')) {
    main.push({ kind: 'set', name: 'tlsproxy_tls_eecdh_grade', value: 'strong', comment: [] });
  }
  for (const n of deletions) if (effective.has(n) && !set.has(n)) main.push({ kind: 'delete', name: n });

  for (const s of ctx.model.services) {
    for (const o of s.overrides.values()) {
      const before = master.length;
      const value = valueOf(ctx, o.name, s);
      if (deletions.has(o.name) || (o.name.endsWith('_eecdh_grade') && /^none$/i.test(value) && !v.eecdhOffByDefault(t))) {
        master.push({ kind: 'delete', service: s, override: o });
      } else if (o.name.endsWith('_eecdh_grade') && v.eecdhOffByDefault(t) && /^none$/i.test(value)) {
        master.push({ kind: 'set', service: s, override: o, value: 'strong' });
      } else if (GRADE_NAMES.includes(o.name) && isWeakGrade(value)) {
        master.push(v.weakGradesIgnored(t) ? { kind: 'delete', service: s, override: o } : { kind: 'set', service: s, override: o, value: 'medium' });
      } else if (EXCLUDE_NAMES.includes(o.name) && excludedKeyExchanges(o.value).length > 0) {
        master.push({ kind: 'drop-tokens', service: s, override: o });
      } else if (o.name === 'smtpd_tls_security_level' && overrideLevelAfter(ctx, s) !== value.toLowerCase()) {
        master.push({ kind: 'set', service: s, override: o, value: 'may' });
      } else if (o.name === 'smtpd_tls_mandatory_protocols' && s.command === 'smtpd' && !protocolsAtLeast(value, TLS12, t) && tlsAfter(s)) {
        master.push({ kind: 'set', service: s, override: o, value: protocolFloorValue(TLS12, t, ',') });
      } else if (o.name === 'smtpd_tls_dh1024_param_file' && dhFileTooSmall(ctx, value)) {
        if (v.hasJuly2015Defaults(t)) master.push({ kind: 'delete', service: s, override: o });
      }
      // A touched -o setting loses its earlier duplicates on the same service, as in main.cf.
      if (master.length > before) {
        for (const earlier of s.service.overrides) if (earlier.name === o.name && earlier !== o) master.push({ kind: 'delete', service: s, override: earlier });
      }
    }
  }
  return { main, master };
}

export function forwardSecrecyPlan(model: ConfigModel, settings: AnalysisSettings): FsPlan {
  const ctx = fsContext(model, settings);
  const header = `# Forward secrecy for Postfix ${formatVersion(ctx.t)}`;
  if (!v.supportsLevels(ctx.t)) return { ctx, header, main: [], master: [] };
  const settingsToSet = model.main ? mainSettings(ctx) : [];
  const fixes = corrections(ctx, settingsToSet);
  return { ctx, header, main: model.main ? [...settingsToSet, ...fixes.main] : [], master: fixes.master };
}

