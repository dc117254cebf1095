/**
 * The context the security rules judge in: which smtpd services receive mail from where, the
 * host's role, the target release, and how a finding's severity follows from them
 * (design/security-rules.md section 3).
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { Derived } from '../../model/derived';
import { serviceRole, type ServiceRole } from '../../model/services';
import { atLeast, formatVersion } from '../../data/versions';
import type { HostRole, RuleContext, SeverityName } from '../types';
import { isLoopback, parseNetwork } from './net';
import { valueText, valueWords, type Location } from './words';

/** An smtpd that receives mail: a master.cf service, or main.cf alone (stock `smtp inet ... smtpd`). */
export interface Receiver {
  service?: ServiceModel;
  role: ServiceRole;
  /** A display name: `smtp` (master.cf line 12), or `main.cf` when there is no master.cf. */
  label: string;
}

export function hostRole(ctx: RuleContext): HostRole {
  return ctx.settings.hostRole ?? 'unknown';
}

function label(s: ServiceModel): string {
  const line = s.service.logical.firstLine + 1;
  return `'${s.name}' (${s.type}, master.cf line ${line})`;
}

function usable(s: ServiceModel): boolean {
  return s.service.valid;
}

/** The receivers of one model, found once (most security rules ask for them). */
interface Receivers {
  smtpd?: readonly Receiver[];
  port25?: readonly Receiver[];
  submission?: readonly Receiver[];
  postscreen?: readonly ServiceModel[];
}

const receivers = new Derived<Receivers>();

function receiversOf(model: ConfigModel): Receivers {
  let r = receivers.get(model);
  if (!r) receivers.set(model, (r = {}));
  return r;
}

/**
 * Every smtpd of the configuration; without master.cf, the stock port-25 smtpd. Without main.cf
 * none: what the services do depends on main.cf, which is unknown then.
 */
export function smtpdReceivers(model: ConfigModel): readonly Receiver[] {
  const r = receiversOf(model);
  return (r.smtpd ??= findSmtpdReceivers(model));
}

function findSmtpdReceivers(model: ConfigModel): Receiver[] {
  if (!model.main) return [];
  if (!model.master) return [{ role: 'mx', label: 'the port-25 smtpd (no master.cf given)' }];
  return model.services
    .filter((s) => usable(s) && s.command === 'smtpd')
    .map((s) => ({ service: s, role: serviceRole(s), label: label(s) }));
}

/**
 * The smtpd services that receive mail from the Internet on port 25 (the `smtpd pass` service
 * behind postscreen included). Empty on a null client, whose port-25 rules do not apply.
 */
export function port25Receivers(ctx: RuleContext): readonly Receiver[] {
  if (hostRole(ctx) === 'null-client') return [];
  const model = ctx.model;
  const r = receiversOf(model);
  return (r.port25 ??= smtpdReceivers(model).filter((x) => x.role === 'mx' && !(x.service && isReinjection(model, x.service))));
}

export function submissionReceivers(model: ConfigModel): readonly Receiver[] {
  const r = receiversOf(model);
  return (r.submission ??= smtpdReceivers(model).filter((x) => x.role === 'submission' || x.role === 'submissions'));
}

/** The postscreen service on port 25, if any. */
export function postscreenServices(model: ConfigModel): readonly ServiceModel[] {
  const r = receiversOf(model);
  return (r.postscreen ??= model.services.filter((s) => usable(s) && s.command === 'postscreen' && s.type === 'inet'));
}

/** True for an inet service bound to a loopback address only (`127.0.0.1:10025`, `[::1]:10025`). */
export function isLoopbackBound(service: ServiceModel): boolean {
  if (service.type !== 'inet') return service.type === 'unix' || service.type === 'pass';
  const name = service.name;
  const colon = name.lastIndexOf(':');
  if (colon < 0) return false;
  let host = name.slice(0, colon);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host === 'localhost') return true;
  const n = parseNetwork(host.includes(':') ? `[${host}]` : host);
  return n !== undefined && isLoopback(n);
}

const RESTRICTION_LISTS = [
  'smtpd_client_restrictions',
  'smtpd_helo_restrictions',
  'smtpd_sender_restrictions',
  'smtpd_relay_restrictions',
  'smtpd_recipient_restrictions',
];

/** `-o` settings that mark an smtpd as plumbing of a content filter rather than a receiver. */
export function hasReinjectionOverrides(model: ConfigModel, service: ServiceModel): boolean {
  const o = service.overrides;
  if (o.get('content_filter')?.value.trim() === '') return true;
  if (o.has('receive_override_options') || o.has('smtpd_authorized_xforward_hosts')) return true;
  const mynetworks = o.get('mynetworks');
  if (mynetworks && valueWords(model, 'mynetworks', service).words.every((w) => isLoopbackEntry(w.text))) return true;
  return RESTRICTION_LISTS.some((l) => o.has(l) && o.get(l)!.value.trim() === '') && !o.has('smtpd_sasl_auth_enable');
}

function isLoopbackEntry(text: string): boolean {
  const n = parseNetwork(text);
  return n !== undefined && isLoopback(n);
}

/**
 * A content-filter reinjection service: a loopback-bound (or unix/pass) smtpd that is not the
 * postscreen hand-off, with the plumbing overrides of section 3.
 */
export function isReinjection(model: ConfigModel, service: ServiceModel): boolean {
  if (service.command !== 'smtpd' || serviceRole(service) === 'mx' && service.type === 'pass') return false;
  return isLoopbackBound(service) && hasReinjectionOverrides(model, service);
}

// ---------------------------------------------------------------------------------------------
// Severity policy

const ORDER: SeverityName[] = ['hint', 'info', 'warning', 'error'];

export function lower(s: SeverityName, steps = 1): SeverityName | undefined {
  const i = ORDER.indexOf(s) - steps;
  return i < 0 ? undefined : ORDER[i];
}

export function cap(s: SeverityName, max: SeverityName): SeverityName {
  return ORDER.indexOf(s) > ORDER.indexOf(max) ? max : s;
}

/** Catalogue ids that an internal relay judges one step more leniently (section 3). */
const INTERNAL_RELAY_LENIENT = new Set(['SEC006', 'SEC007', 'SEC021', 'SEC030', 'SEC042', 'SEC060', 'SEC061', 'SEC062', 'SEC063', 'SEC064', 'SEC065']);

/**
 * The severity of a finding after the host role: an internal relay softens the listed rules by
 * one step; a [care] rule never goes above `info` while the role is unknown. Undefined: drop it.
 */
export function roleSeverity(ctx: RuleContext, catalogueId: string, base: SeverityName, care = false): SeverityName | undefined {
  const role = hostRole(ctx);
  let s: SeverityName | undefined = base;
  if (role === 'internal-relay' && INTERNAL_RELAY_LENIENT.has(catalogueId)) s = lower(base);
  if (s && care && role === 'unknown') s = cap(s, 'info');
  return s;
}

// ---------------------------------------------------------------------------------------------
// Release facts

export function targetAtLeast(model: ConfigModel, since: string): boolean {
  return atLeast(model.target, since);
}

export function targetName(model: ConfigModel): string {
  return model.targetAssumed ? `${formatVersion(model.target)} (assumed; set the Postfix version to be exact)` : formatVersion(model.target);
}

/** The effective compatibility_level as a number-like string ('0' when unset). */
export function compatibilityLevel(model: ConfigModel): string {
  return valueText(model, 'compatibility_level') || '0';
}

/** Compares compatibility levels as Postfix's `<level` does (3.10 > 3.9). */
export function levelBelow(level: string, than: string): boolean {
  const a = level.split('.').map((x) => Number(x) || 0);
  const b = than.split('.').map((x) => Number(x) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Anchors

/** Where a finding about a service as a whole goes: its service name column. */
export function serviceAnchor(service: ServiceModel): Location {
  const f = service.service.fields[0];
  return { file: 'master', start: f.start, end: f.end };
}

/**
 * Where a finding about an implicit default goes: the service it applies to, else the top of
 * main.cf (the setting is missing there), else the top of master.cf.
 */
export function defaultAnchor(model: ConfigModel, service?: ServiceModel): Location {
  if (service) return serviceAnchor(service);
  if (model.main) return { file: 'main', start: 0, end: 0 };
  return { file: 'master', start: 0, end: 0 };
}

/** Deduplicates findings that several services produce at the same place. */
export function dedupe<T extends { file: string; start: number; end: number; message: string }>(items: T[]): T[] {
  if (items.length < 2) return items;
  const seen = new Set<string>();
  return items.filter((f) => {
    const key = `${f.file}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
