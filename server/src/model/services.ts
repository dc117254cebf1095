/**
 * What a master.cf service is for: the port an inet service listens on and its role, so that
 * rules can judge settings in the right context (port 25 versus submission 587 versus 465).
 */
import type { ServiceModel } from './config';

export type ServiceRole =
  /** smtpd on port 25 (or behind postscreen): mail from the internet. */
  | 'mx'
  /** smtpd on 587: message submission with STARTTLS. */
  | 'submission'
  /** smtpd on 465: submission over implicit TLS (wrapper mode). */
  | 'submissions'
  /** postscreen in front of smtpd on port 25. */
  | 'postscreen'
  /** smtpd on another inet port, or a pass/unix smtpd (content-filter reinjection, etc.). */
  | 'other-smtpd'
  /** Anything else (delivery agents, daemons). */
  | 'other';

const PORT_NAMES: Record<string, number> = { smtp: 25, submission: 587, submissions: 465, smtps: 465, ssmtp: 465, urd: 465 };

/** The TCP port of an inet service name `[host:]port`, or undefined when not numeric or known. */
export function inetPort(service: ServiceModel): number | undefined {
  if (service.type !== 'inet') return undefined;
  const name = service.name;
  const port = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
  if (/^\d+$/.test(port)) return Number(port);
  return PORT_NAMES[port];
}

export function serviceRole(service: ServiceModel): ServiceRole {
  const port = inetPort(service);
  if (service.command === 'postscreen') return 'postscreen';
  if (service.command !== 'smtpd') return 'other';
  if (service.type === 'pass' && service.name === 'smtpd') return 'mx';
  if (port === 25) return 'mx';
  if (port === 587) return 'submission';
  if (port === 465) return 'submissions';
  return 'other-smtpd';
}
