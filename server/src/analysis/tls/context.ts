/**
 * Where TLS settings take effect: the SMTP servers (smtpd services of master.cf, or main.cf
 * alone as the port 25 server when there is no master.cf) and the SMTP/LMTP clients (smtp and
 * lmtp transports, or main.cf alone as the default client), and the effective, expanded value
 * of a parameter in each of them (`-o` override, else main.cf, else the target's default).
 */
import { atLeast } from '../../data/versions';
import type { ConfigModel, ServiceModel } from '../../model/config';
import { Derived } from '../../model/derived';
import { effectiveValue, expandedValue } from '../../model/effective';
import { serviceRole } from '../../model/services';
import type { Parameter } from '../../parser/mainCf';
import type { Override } from '../../parser/masterCf';
import { ScopedCache } from '../security/scopedCache';

export interface Setting {
  name: string;
  /** The value as the daemon sees it ($name expanded). */
  value: string;
  /** The value as written. */
  text: string;
  source: 'override' | 'main' | 'default';
  parameter?: Parameter;
  override?: Override;
  /** The service whose `-o` set it. */
  service?: ServiceModel;
  /**
   * True when the value depends on a main.cf we do not have (master.cf analysed alone): rules
   * must not judge it, since main.cf may set anything.
   */
  unknown?: boolean;
}

/**
 * What this module derives from one model is computed once per model: effective values (every
 * rule needs the security level of every service), the server and client contexts and their TLS
 * levels, and explicit settings by name list.
 */
interface PerModel {
  servers?: readonly ServerContext[];
  clients?: readonly ClientContext[];
  smtpClients?: readonly ClientContext[];
  lmtpClients?: readonly ClientContext[];
  /** primaryClient's answer by prefix (rules ask once per context: n services made it n * n). */
  primary?: Map<ClientPrefix, ServiceModel | undefined>;
  explicit: Map<readonly string[], ExplicitSetting[]>;
}

const memo = new Derived<PerModel>();

function perModel(model: ConfigModel): PerModel {
  let m = memo.get(model);
  if (!m) memo.set(model, (m = { explicit: new Map() }));
  return m;
}

const settings = new ScopedCache<Setting>(computeSetting);

/** The settings that name a server certificate: smtpd_tls_chain_files from 3.4, then the older ones. */
export function serverCertificateNames(model: ConfigModel): string[] {
  return [...(atLeast(model.target, '3.4') ? ['smtpd_tls_chain_files'] : []), 'smtpd_tls_cert_file', 'smtpd_tls_eccert_file', 'smtpd_tls_dcert_file'];
}

/** Whether the server (of `service`) names a certificate, or one whose value cannot be known here. */
export function serverHasCertificate(model: ConfigModel, service?: ServiceModel): boolean {
  return serverCertificateNames(model).some((n) => {
    const s = setting(model, n, service);
    return s.value !== '' || s.unknown;
  });
}

/** The effective value of `name` for `service` (main.cf alone when undefined). Treat it as read-only. */
export function setting(model: ConfigModel, name: string, service?: ServiceModel): Setting {
  return settings.get(model, name, service);
}

function computeSetting(model: ConfigModel, name: string, service?: ServiceModel): Setting {
  const e = effectiveValue(model, name, service);
  if (!e) return model.main ? { name, value: '', text: '', source: 'default' } : { name, value: '', text: '', source: 'default', unknown: true };
  // Most values have no $name: expanding them would only cost time.
  const v = e.text.includes('$') ? expandedValue(model, name, service) : undefined;
  const s: Setting = {
    name,
    value: (v ? v.value : e.text).trim(),
    text: e.text,
    source: e.source,
    parameter: e.parameter,
    override: e.override,
    service: e.source === 'override' ? service : undefined,
  };
  if (!model.main && (e.source !== 'override' || (v?.undefinedNames.length ?? 0) > 0)) s.unknown = true;
  return s;
}

/** Postfix booleans: yes or no, in any case. */
export function isYes(value: string): boolean {
  return value.trim().toLowerCase() === 'yes';
}

export function lower(value: string): string {
  return value.trim().toLowerCase();
}

/** Words of a list value (commas and whitespace separate them). */
export function words(value: string): string[] {
  return value.split(/[\s,]+/).filter((w) => w.length > 0);
}

export type ServerRole = 'mx' | 'submission' | 'submissions' | 'other-smtpd';

export interface ServerContext {
  /** Undefined: main.cf alone, judged as the port 25 server. */
  service?: ServiceModel;
  role: ServerRole;
}

/**
 * The SMTP servers of the configuration: every valid smtpd service of master.cf (the `smtpd
 * pass` entry behind postscreen counts as port 25); main.cf alone is the port 25 server when
 * there is no master.cf.
 */
export function serverContexts(model: ConfigModel): readonly ServerContext[] {
  const m = perModel(model);
  return (m.servers ??= computeServerContexts(model));
}

function computeServerContexts(model: ConfigModel): ServerContext[] {
  if (!model.master) return [{ role: 'mx' }];
  const out: ServerContext[] = [];
  for (const s of model.services) {
    if (!s.service.valid) continue;
    const role = serviceRole(s);
    if (role === 'mx' || role === 'submission' || role === 'submissions' || role === 'other-smtpd') out.push({ service: s, role });
  }
  return out;
}

export interface ServerTls {
  /** none, may or encrypt (legacy booleans mapped), unknown (main.cf missing), or whatever else the level says. */
  level: string;
  /** The setting the level comes from (the legacy boolean when the level is empty and it is on). */
  levelSetting: Setting;
  wrapper: boolean;
  wrapperSetting: Setting;
  /** Mandatory TLS: level encrypt, or wrapper mode (smtpd treats it as enforced TLS). */
  mandatory: boolean;
  /** TLS is offered at all. */
  enabled: boolean;
}

const serverLevels = new ScopedCache<ServerTls>((model, _key, service) => computeServerTls(model, service));

export function serverTls(model: ConfigModel, service?: ServiceModel): ServerTls {
  return serverLevels.get(model, '', service);
}

function computeServerTls(model: ConfigModel, service?: ServiceModel): ServerTls {
  const levelSetting = setting(model, 'smtpd_tls_security_level', service);
  let level = lower(levelSetting.value);
  let from = levelSetting;
  if (level === '') {
    const enforce = setting(model, 'smtpd_enforce_tls', service);
    const use = setting(model, 'smtpd_use_tls', service);
    if (isYes(enforce.value)) (level = 'encrypt'), (from = enforce);
    else if (isYes(use.value)) (level = 'may'), (from = use);
    else level = levelSetting.unknown || enforce.unknown || use.unknown ? 'unknown' : 'none';
  }
  const wrapperSetting = setting(model, 'smtpd_tls_wrappermode', service);
  const wrapper = isYes(wrapperSetting.value);
  const mandatory = level === 'encrypt' || wrapper;
  return { level, levelSetting: from, wrapper, wrapperSetting, mandatory, enabled: mandatory || level === 'may' };
}

export type ClientPrefix = 'smtp' | 'lmtp';

export interface ClientContext {
  /** Undefined: main.cf alone, judged as the default client. */
  service?: ServiceModel;
  prefix: ClientPrefix;
}

/**
 * The SMTP and LMTP clients: every valid smtp/lmtp transport of master.cf; main.cf alone is
 * the default SMTP client when there is no master.cf or it has no smtp transport.
 */
export function clientContexts(model: ConfigModel, prefix?: ClientPrefix): readonly ClientContext[] {
  const m = perModel(model);
  const all = (m.clients ??= computeClientContexts(model));
  if (prefix === 'smtp') return (m.smtpClients ??= all.filter((c) => c.prefix === 'smtp'));
  if (prefix === 'lmtp') return (m.lmtpClients ??= all.filter((c) => c.prefix === 'lmtp'));
  return all;
}

function computeClientContexts(model: ConfigModel): ClientContext[] {
  const out: ClientContext[] = [];
  for (const s of model.services) {
    if (!s.service.valid) continue;
    if (s.command === 'smtp' || s.command === 'lmtp') out.push({ service: s, prefix: s.command });
  }
  if (!out.some((c) => c.prefix === 'smtp')) out.unshift({ prefix: 'smtp' });
  return out;
}

export const CLIENT_MANDATORY_LEVELS = ['encrypt', 'fingerprint', 'verify', 'secure', 'dane-only'];

export interface ClientTls {
  level: string;
  levelSetting: Setting;
}

const clientLevels = new ScopedCache<ClientTls>((model, prefix, service) => computeClientTls(model, { service, prefix: prefix as ClientPrefix }));

/**
 * The client's security level, with the pre-2.3 booleans mapped as Postfix does when it is
 * empty; `unknown` when it depends on a main.cf we do not have.
 */
export function clientTls(model: ConfigModel, ctx: ClientContext): ClientTls {
  return clientLevels.get(model, ctx.prefix, ctx.service);
}

function computeClientTls(model: ConfigModel, ctx: ClientContext): ClientTls {
  const levelSetting = setting(model, `${ctx.prefix}_tls_security_level`, ctx.service);
  const level = lower(levelSetting.value);
  if (level !== '') return { level, levelSetting };
  const enforce = setting(model, `${ctx.prefix}_enforce_tls`, ctx.service);
  if (isYes(enforce.value)) return { level: 'encrypt', levelSetting: enforce };
  const use = setting(model, `${ctx.prefix}_use_tls`, ctx.service);
  if (isYes(use.value)) return { level: 'may', levelSetting: use };
  return { level: levelSetting.unknown || enforce.unknown || use.unknown ? 'unknown' : 'none', levelSetting };
}

/** How a context is named in messages. */
export function serverLabel(ctx: ServerContext): string {
  return ctx.service ? `the ${ctx.service.name} service` : 'the SMTP server (main.cf alone, judged as port 25)';
}

export function clientLabel(ctx: ClientContext): string {
  return ctx.service ? `the ${ctx.service.name} transport` : `the ${ctx.prefix.toUpperCase()} client`;
}

/** The master.cf commands that read a parameter given as `-o`, by its prefix. */
function commandsFor(name: string): string[] | undefined {
  if (name.startsWith('smtpd_')) return ['smtpd', 'postscreen', 'tlsproxy'];
  if (name.startsWith('smtp_')) return ['smtp', 'tlsproxy'];
  if (name.startsWith('lmtp_')) return ['lmtp'];
  if (name.startsWith('tlsproxy_')) return ['tlsproxy'];
  if (name.startsWith('postscreen_')) return ['postscreen'];
  return undefined;
}

/** True when a `-o name=...` on `service` can take effect there (others belong to another rule). */
export function overrideApplies(name: string, service: ServiceModel): boolean {
  const commands = commandsFor(name);
  return commands === undefined || commands.includes(service.command);
}

export interface ExplicitSetting extends Setting {
  source: 'override' | 'main';
}

/**
 * Every explicit setting of `names`: the main.cf assignment that wins, and each effective `-o`
 * of a valid service that reads it; values expanded in their own scope. A `-o` whose value
 * refers to a main.cf we do not have is left out. Looked up by name: linear in the names and
 * services, not in the size of main.cf. Kept per model and name list (pass a constant list).
 */
export function explicitSettings(model: ConfigModel, names: readonly string[]): readonly ExplicitSetting[] {
  const cache = perModel(model).explicit;
  let out = cache.get(names);
  if (!out) cache.set(names, (out = computeExplicitSettings(model, names)));
  return out;
}

function computeExplicitSettings(model: ConfigModel, names: readonly string[]): ExplicitSetting[] {
  // The setting of a name that main.cf (or the service's -o) sets is that explicit setting:
  // source main with its parameter (or override with its -o and service).
  const out: ExplicitSetting[] = [];
  for (const name of names) {
    if (model.effective.has(name)) out.push(setting(model, name) as ExplicitSetting);
  }
  for (const svc of model.services) {
    if (!svc.service.valid) continue;
    for (const name of names) {
      if (!svc.overrides.has(name) || !overrideApplies(name, svc)) continue;
      const s = setting(model, name, svc);
      if (!s.unknown) out.push(s as ExplicitSetting);
    }
  }
  return out;
}

/** The names `{smtpd,smtp,lmtp,tlsproxy,postscreen}_<suffix>` for each suffix. */
export function prefixedNames(suffixes: string[], prefixes = ['smtpd', 'smtp', 'lmtp', 'tlsproxy', 'postscreen']): string[] {
  return prefixes.flatMap((p) => suffixes.map((s) => `${p}_${s}`));
}

/** True for a -o on a submission (587) or submissions (465) smtpd service, where clients are the operator's own. */
export function onSubmissionService(s: Setting): boolean {
  if (s.source !== 'override' || !s.service) return false;
  const role = serviceRole(s.service);
  return role === 'submission' || role === 'submissions';
}

/**
 * The transport that stands for all of them when a client setting comes from main.cf or a
 * default: the one named like its command (smtp, lmtp), else the first.
 */
export function primaryClient(model: ConfigModel, prefix: ClientPrefix): ServiceModel | undefined {
  const known = (perModel(model).primary ??= new Map());
  if (known.has(prefix)) return known.get(prefix);
  const all = clientContexts(model, prefix).filter((c) => c.service).map((c) => c.service!);
  const primary = all.find((s) => s.name === prefix) ?? all[0];
  known.set(prefix, primary);
  return primary;
}
