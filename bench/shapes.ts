/**
 * Inputs that stress one structure each (one table named everywhere, one service with thousands
 * of -o options, thousands of services, a restriction list thousands of entries long, ...), at
 * two sizes ten times apart. The corpus-built inputs keep each structure small, so a rule that
 * is quadratic in one of them (every finding walking every other place, every service every
 * other service) looks linear there; here it costs about a hundred times for ten times the input.
 * Synthetic and written here: no corpus text.
 */
import { analyze } from '../server/src/analysis/engine';
import { loadModel } from '../server/src/model/load';
import { summarize, timeRuns, type Summary } from './stats';

type Shape = (n: number) => { main?: string; master?: string };

const times = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('');
const SMTPD = 'myhostname = mail.example.com\n';

export const SHAPES: Record<string, Shape> = {
  'one table named in n settings': (n) => ({ main: times(n, (i) => `p${i}_maps = hash:/etc/postfix/same\n`) }),
  'one parameter set n times': (n) => ({ main: times(n, (i) => `myhostname = h${i}.example.com\n`) }),
  'a chain of n references': (n) => ({ main: 'p0 = x\n' + times(n, (i) => `p${i + 1} = $p${i}\n`) + `myhostname = $p${n}\n` }),
  'one value referring to n settings': (n) => ({ main: times(n, (i) => `a${i} = v\n`) + 'myhostname = ' + times(n, (i) => `$a${i} `) + '\n' }),
  'a restriction list of n entries': (n) => ({ main: 'smtpd_recipient_restrictions = permit_mynetworks,' + times(n, (i) => ` check_recipient_access hash:/etc/postfix/r${i},`) + ' reject_unauth_destination\n' }),
  'n restriction classes': (n) => ({
    main: `smtpd_restriction_classes = ${times(n, (i) => `c${i} `)}\n${times(n, (i) => `c${i} = check_sender_access hash:/etc/c${i}\n`)}smtpd_recipient_restrictions = ${times(n, (i) => `c${i}, `)}reject_unauth_destination\n`,
  }),
  'mynetworks of n networks': (n) => ({ main: `mynetworks = ${times(n, (i) => `10.${(i >> 8) & 255}.${i & 255}.0/24 `)}\n` }),
  'n unknown names near known ones': (n) => ({ main: times(n, (i) => `myhostnam${String.fromCharCode(97 + (i % 26))}${i} = x\n`) }),
  'n smtp transports with TLS -o': (n) => ({ main: SMTPD, master: times(n, (i) => `s${i} unix - - n - - smtp\n  -o smtp_tls_security_level=encrypt\n  -o smtpd_tls_ciphers=low\n`) }),
  'n transports and their main.cf settings': (n) => ({ main: 'transport_maps = hash:/etc/postfix/transport\n' + times(n, (i) => `t${i}_destination_concurrency_limit = 2\n`), master: times(n, (i) => `t${i} unix - - n - - smtp\n`) }),
  'n smtpd listeners with AUTH': (n) => ({ main: SMTPD, master: times(n, (i) => `${10000 + i} inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_client_restrictions=$mua_client\n`) }),
  'n smtpd listeners, each with its own class': (n) => ({
    main: `smtpd_restriction_classes = ${times(n, (i) => `c${i} `)}\n${times(n, (i) => `c${i} = permit_mynetworks\n`)}`,
    master: times(n, (i) => `${30000 + i} inet n - n - - smtpd -o smtpd_recipient_restrictions=c${i},reject\n`),
  }),
  'n postscreen listeners': (n) => ({
    main: 'postscreen_dnsbl_sites = zen.spamhaus.org*2\n',
    master: `${times(n, (i) => `${40000 + i} inet n - n - 1 postscreen\n`)}smtpd pass - - n - - smtpd\ndnsblog unix - - n - 0 dnsblog\ntlsproxy unix - - n - 0 tlsproxy\n`,
  }),
  'one service with n -o options': (n) => ({ main: SMTPD, master: 'smtp inet n - n - - smtpd\n' + times(n, (i) => `  -o p${i}=$p${i + 1}\n`) }),
};

/**
 * Linear work grows about ten times here, less where the smaller size is dominated by fixed
 * costs, more where the collector copies a larger live set; work that is quadratic in the
 * structure grows towards a hundred times (before round 12, a -o option looked at every other
 * one: 27 times from 500 to 5,000 options, and one table named in 5,000 settings ran out of
 * memory; 5,000 listeners with a class each took 29-36 s, every service reading main.cf's 5,000
 * class names again).
 */
export const SHAPE_GROWTH_LIMIT = 20;

export interface ShapeResult {
  label: string;
  small: Summary;
  large: Summary;
  /** Median time of the large input over the small one's (the input is ten times larger). */
  growth: number;
}

export function shapesBench(n = 500, runs = 9): ShapeResult[] {
  return Object.entries(SHAPES).map(([label, make]) => {
    const measure = (size: number) => {
      const input = make(size);
      return summarize(timeRuns(() => analyze(loadModel(input)), runs, 3, undefined, 200));
    };
    const small = measure(n);
    const large = measure(10 * n);
    return { label, small, large, growth: large.median / small.median };
  });
}
