/**
 * What forward secrecy depends on in one configuration: the release, whether the SMTP server
 * takes mail from the network with a certificate, the security levels of server and client
 * (including the pre-2.3 booleans they replaced), and the effective TLS values in main.cf and
 * in the `-o` settings of the services.
 */
import { ScopedCache } from '../../analysis/security/scopedCache';
import type { AnalysisSettings } from '../../analysis/types';
import type { Version } from '../../data/versions';
import type { ConfigModel, ServiceModel } from '../../model/config';
import { expandedValue } from '../../model/effective';
import { serviceRole } from '../../model/services';
import { releaseDefault } from './versions';
import type { Override } from '../../parser/masterCf';

export type Side = 'smtpd' | 'smtp';

export interface FsContext {
  model: ConfigModel;
  t: Version;
  settings: AnalysisSettings;
  /** smtpd services that take mail from the internet: port 25, or smtpd behind postscreen. */
  mxServices: ServiceModel[];
  /** The SMTP server listens beyond loopback and the host is not a null client. */
  serverExposed: boolean;
  /** A server certificate (or chain) is configured in main.cf or on a port-25 service. */
  hasServerCert: boolean;
  /** Server TLS should be on: exposed, with a certificate, and port 25 served by smtpd (when master.cf is known). */
  serverWanted: boolean;
  /** Some smtpd service already uses TLS (main.cf level or legacy boolean, or an override). */
  serverTlsInUse: boolean;
  /** The SMTP client should use TLS from main.cf: mail leaves through it, not to a loopback relay, and the smtp transport does not set its own level. */
  clientWanted: boolean;
  /** The client settings matter: client TLS is wanted or already on somewhere. */
  clientSide: boolean;
}

const values = new ScopedCache<string>(readValue);

/** The expanded effective value of `name` (main.cf context when `service` is absent), read once per model. */
export function valueOf(ctx: { model: ConfigModel }, name: string, service?: ServiceModel): string {
  return values.get(ctx.model, name, service);
}

function readValue(model: ConfigModel, name: string, service?: ServiceModel): string {
  const e = expandedValue(model, name, service);
  if (!e || e.effective.source === 'default') {
    const d = releaseDefault(name, model.target);
    if (d !== undefined) return d;
  }
  return e?.value.trim() ?? '';
}

const truthy = (v: string) => /^(yes|true|1)$/i.test(v.trim());

/** The level the pre-2.3 booleans (`smtpd_use_tls`, `smtpd_enforce_tls`, ...) give when the level is empty. */
export function legacyLevel(ctx: { model: ConfigModel }, side: Side): string {
  if (truthy(valueOf(ctx, `${side}_enforce_tls`))) {
    if (side === 'smtpd') return 'encrypt';
    return truthy(valueOf(ctx, 'smtp_tls_enforce_peername')) ? 'verify' : 'encrypt';
  }
  return truthy(valueOf(ctx, `${side}_use_tls`)) ? 'may' : '';
}

/** A security level that uses TLS at all. */
export const levelOn = (level: string) => level !== '' && level !== 'none';

/** Every effective `-o` setting of a name, with its service. */
export function overridesOf(model: ConfigModel, name: string): { service: ServiceModel; override: Override }[] {
  const out: { service: ServiceModel; override: Override }[] = [];
  for (const s of model.services) {
    const o = s.overrides.get(name);
    if (o) out.push({ service: s, override: o });
  }
  return out;
}

const LOOPBACK = /^(loopback-only|localhost|127\.[0-9.]+|\[?::1\]?)$/i;
const CERTS = ['smtpd_tls_cert_file', 'smtpd_tls_chain_files', 'smtpd_tls_eccert_file', 'smtpd_tls_dcert_file'];

/**
 * True when main.cf's relayhost is this host (a local content filter or relay): outgoing mail
 * then leaves through that, and TLS to it would protect nothing.
 */
export function relayhostOnLoopback(model: ConfigModel): boolean {
  const value = valueOf({ model }, 'relayhost').trim();
  // [host]:port or host:port (a bracketed IPv6 address keeps its colons).
  const bracketed = /^\[([^\]]*)\]/.exec(value);
  const relay = bracketed ? bracketed[1] : value.replace(/:\d+$/, '');
  return relay !== '' && LOOPBACK.test(relay);
}

export function fsContext(model: ConfigModel, settings: AnalysisSettings): FsContext {
  const base = { model };
  const interfaces = valueOf(base, 'inet_interfaces').split(/[\s,]+/).filter((x) => x !== '');
  const serverExposed = settings.hostRole !== 'null-client' && !(interfaces.length > 0 && interfaces.every((i) => LOOPBACK.test(i)));
  const mxServices = model.services.filter((s) => serviceRole(s) === 'mx');
  const certIn = (s?: ServiceModel) => CERTS.some((n) => valueOf(base, n, s) !== '');
  const hasServerCert = certIn() || mxServices.some((s) => certIn(s));
  const serverWanted = serverExposed && hasServerCert && (!model.master || mxServices.length > 0);
  const mainLevel = valueOf(base, 'smtpd_tls_security_level');
  const serverTlsInUse =
    levelOn(mainLevel) ||
    (mainLevel === '' && levelOn(legacyLevel(base, 'smtpd'))) ||
    model.services.some(
      (s) =>
        s.command === 'smtpd' &&
        ((s.overrides.has('smtpd_tls_security_level') && levelOn(valueOf(base, 'smtpd_tls_security_level', s))) ||
          truthy(s.overrides.get('smtpd_tls_wrappermode')?.value ?? '')),
    );
  const loopbackRelay = relayhostOnLoopback(model);
  const transports = model.services.filter((s) => s.name === 'smtp' && s.type === 'unix' && s.command === 'smtp');
  const transportTls = transports.some((s) => s.overrides.has('smtp_tls_security_level') && levelOn(valueOf(base, 'smtp_tls_security_level', s).toLowerCase()));
  const clientWanted = model.main !== undefined && !loopbackRelay && !transportTls;
  const clientSide = clientWanted || transportTls || levelOn(valueOf(base, 'smtp_tls_security_level').toLowerCase() || legacyLevel(base, 'smtp'));
  return { model, t: model.target, settings, mxServices, serverExposed, hasServerCert, serverWanted, serverTlsInUse, clientWanted, clientSide };
}

/** The server-side TLS settings matter: TLS is wanted on port 25 or already in use. */
export const serverSide = (ctx: FsContext) => ctx.serverWanted || ctx.serverTlsInUse;

/** The effective level of a side in main.cf, with the legacy booleans when the level is empty. */
export function mainLevel(ctx: FsContext, side: Side): { level: string; legacy: boolean } {
  const level = valueOf(ctx, `${side}_tls_security_level`).toLowerCase();
  if (level !== '') return { level, legacy: false };
  const legacy = legacyLevel(ctx, side);
  return { level: legacy, legacy: legacy !== '' };
}
