/**
 * The one line a hover on smtpd_relay_restrictions or smtpd_recipient_restrictions adds: does
 * the service that uses this list relay mail from strangers (relayVerdict), and why. For a
 * main.cf setting that is every smtpd service without its own `-o` of that list.
 */
import type { ConfigModel } from '../../model/config';
import { smtpdReceivers } from '../security/context';
import type { FileKind } from '../types';
import { relayVerdict } from './relay';

const LISTS = new Set(['smtpd_relay_restrictions', 'smtpd_recipient_restrictions']);

/** The verdict line for the restriction-list setting at `offset`, or undefined when there is none. */
export function relayHoverLine(model: ConfigModel, file: FileKind, offset: number): string | undefined {
  const receivers = smtpdReceivers(model);
  if (file === 'main') {
    const p = model.main?.parameters.find((x) => x.start <= offset && offset <= x.end);
    if (!p || !LISTS.has(p.name) || model.effective.get(p.name) !== p) return undefined;
    const users = receivers.filter((r) => !r.service?.overrides.has(p.name));
    if (users.length === 0) return undefined;
    const lines = new Map<string, string[]>();
    for (const r of users) {
      const summary = relayVerdict(model, r.service).summary;
      lines.set(summary, [...(lines.get(summary) ?? []), r.service ? r.service.name : 'smtpd']);
    }
    return [...lines].map(([summary, names]) => `${names.join(', ')}: ${summary}`).join(' ');
  }
  for (const r of receivers) {
    const s = r.service;
    if (!s || offset < s.service.start || offset > s.service.end) continue;
    const o = [...s.overrides.values()].find((x) => LISTS.has(x.name) && x.start <= offset && offset <= x.end);
    return o ? `${s.name}: ${relayVerdict(model, s).summary}` : undefined;
  }
  return undefined;
}
