/**
 * Markdown for a master.cf column: which column it is, what its value means (`-` and the
 * default it stands for in this configuration, y/n, the `?` of wakeup, a process limit of 0),
 * the service type and what the daemon of the command column does.
 */
import { COLUMNS, commandDoc, serviceTypeDoc } from '../data/master';
import type { ConfigModel, ServiceModel } from '../model/config';
import { expandedValue, type HostDefaults } from '../model/effective';
import { compareLevels } from '../model/expand';
import { inetPort, serviceRole } from '../model/services';
import { FIELD_NAMES } from '../parser/masterCf';
import { code } from './markdown';

const ROLE_TEXT: Record<string, string> = {
  mx: 'mail from the Internet',
  submission: 'message submission with STARTTLS',
  submissions: 'message submission over implicit TLS',
  postscreen: 'the postscreen gate in front of smtpd',
  'other-smtpd': 'an SMTP server on another port or socket (for example a content-filter return path)',
};

/** What `-` in the chroot column means here: n from 3.0 at compatibility_level 1 or later. */
function chrootDefault(model: ConfigModel, hostDefaults?: HostDefaults): string {
  if (model.target[0] < 3) return `${code('y')} (before Postfix 3.0)`;
  const level = expandedValue(model, 'compatibility_level', undefined, hostDefaults)?.value.trim() || '0';
  return compareLevels(level, '1') >= 0
    ? `${code('n')} (Postfix 3.0 and later at compatibility_level ${level})`
    : `${code('y')} (compatibility_level ${level} keeps the pre-3.0 default; from level 1 it is n)`;
}

function valueText(model: ConfigModel, service: ServiceModel, index: number, hostDefaults?: HostDefaults): string | undefined {
  const name = FIELD_NAMES[index];
  const column = COLUMNS[name];
  const value = service.service.fields[index].text;
  if (value === '-') {
    if (name === 'chroot') return `${code('-')}: the default, ${chrootDefault(model, hostDefaults)}.`;
    if (name === 'maxproc') {
      const limit = expandedValue(model, 'default_process_limit', undefined, hostDefaults)?.value ?? '100';
      return `${code('-')}: the default, default_process_limit (here ${code(limit)}).`;
    }
    return column.dash ? `${code('-')}: the default, ${column.dash}.` : undefined;
  }
  if (value === 'y' && column.yes) return `${code('y')}: ${column.yes}.`;
  if (value === 'n' && column.no) return `${code('n')}: ${column.no}.`;
  if (name === 'wakeup') {
    const m = /^(\d*)(\?)?$/.exec(value);
    if (!m) return undefined;
    if (m[1] === '' || Number(m[1]) === 0) return `${code(value)}: no wake-up events.`;
    return `${code(value)}: a wake-up event every ${m[1]} seconds${m[2] ? ', but only after the service was used once' : ''}.`;
  }
  if (name === 'maxproc' && /^\d+$/.test(value)) return Number(value) === 0 ? `${code('0')}: no process limit.` : `${code(value)}: at most ${value} processes at a time.`;
  if (name === 'type') {
    const doc = serviceTypeDoc(value);
    return doc && `${code(value)}: ${doc.text}${doc.since ? ` Since Postfix ${doc.since}.` : ''}`;
  }
  if (name === 'service') return serviceText(service);
  if (name === 'command') {
    const doc = commandDoc(service.command);
    const since = doc?.since ? ` Since Postfix ${doc.since}.` : '';
    return doc ? `${code(service.command)}: ${doc.text}${since}` : `${code(service.command)}: not one of Postfix's own daemons; it must exist in daemon_directory.`;
  }
  return undefined;
}

function serviceText(service: ServiceModel): string {
  if (service.type === 'inet') {
    const port = inetPort(service);
    const role = ROLE_TEXT[serviceRole(service)];
    const where = port === undefined ? 'a port Postfix looks up in services(5)' : `TCP port ${port}`;
    return `${code(service.name)}: listens on ${where}${role ? `: ${role}` : ''}.`;
  }
  return `${code(service.name)}: the socket ${code(`private/${service.name}`)} or ${code(`public/${service.name}`)} (by the private column); transports name it as ${code(service.name + ':')}.`;
}

export function fieldMarkdown(model: ConfigModel, service: ServiceModel, index: number, hostDefaults?: HostDefaults): string {
  const name = FIELD_NAMES[index];
  const column = COLUMNS[name];
  const out = [`**Column ${index + 1}: ${column.title}** · service ${code(`${service.name}/${service.type}`)}`, column.text];
  const value = valueText(model, service, index, hostDefaults);
  if (value) out.push(value);
  if (name === 'private' && service.type === 'inet' && service.service.fields[index].text === 'y') {
    out.push('**Note:** master refuses a private inet service; use n.');
  }
  return out.join('\n\n');
}
