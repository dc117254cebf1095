/**
 * Catalogue SEC075 (2.6): postscreen_dnsbl_sites problems. Each entry is domain[=filter][*weight]
 * (filter d.d.d.d, each d a number or [n;n..m]; weight an integer, negative to allowlist):
 * malformed entries are errors; positive weights that can never reach postscreen_dnsbl_threshold
 * are a warning; negative weights while postscreen_dnsbl_allowlist_threshold (3.6+) is not
 * negative are a hint (allowlisting stays off).
 */
import { atLeast } from '../../../data/versions';
import { settingAt, settingValueLocation, valueText, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { postscreens } from './postscreenCommon';

const OCTET = /^(\d{1,3}|\[\d{1,3}(\.\.\d{1,3})?(;\d{1,3}(\.\.\d{1,3})?)*\])$/;

/** The weight of a well-formed entry, or an explanation of what is wrong. */
export function parseSite(entry: string): { weight: number } | { error: string } {
  let rest = entry;
  let weight = 1;
  const star = rest.indexOf('*');
  if (star >= 0) {
    const w = rest.slice(star + 1);
    if (!/^-?\d+$/.test(w)) return { error: `the weight '${w}' is not an integer` };
    weight = Number(w);
    rest = rest.slice(0, star);
  }
  const eq = rest.indexOf('=');
  if (eq >= 0) {
    const filter = rest.slice(eq + 1);
    const parts = filter.split(/\.(?![^[]*\])/);
    if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return { error: `the reply filter '${filter}' is not of the form d.d.d.d (each d a number or [n;n..m])` };
    rest = rest.slice(0, eq);
  }
  if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)+\.?$/i.test(rest)) return { error: `'${rest}' is not a DNS domain` };
  return { weight };
}

export const postscreenDnsblSites: Rule = {
  id: 'postscreen-dnsbl-sites',
  defaultSeverity: 'error',
  description: 'postscreen_dnsbl_sites entries that are malformed, or weights that can never reach the threshold.',
  check({ model }) {
    const out: Finding[] = [];
    const contexts = postscreens(model).map((p) => p.service);
    for (const service of contexts.length > 0 ? contexts : [undefined]) {
      const vw = valueWords(model, 'postscreen_dnsbl_sites', service);
      const loc = settingValueLocation(vw.effective);
      if (!loc || vw.words.length === 0) continue;
      let positive = 0;
      let negative = false;
      for (const w of vw.words) {
        const r = parseSite(w.text);
        if ('error' in r) {
          if (w.loc) out.push(at(w.loc, `postscreen_dnsbl_sites entry '${w.text}': ${r.error}, so the entry does not work. Write domain[=filter][*weight], e.g. zen.spamhaus.org=127.0.0.[2..11]*3.`, 'error'));
          continue;
        }
        if (r.weight > 0) positive += r.weight;
        if (r.weight < 0) negative = true;
      }
      const threshold = Number(valueText(model, 'postscreen_dnsbl_threshold', service) || '1');
      if (Number.isFinite(threshold) && positive > 0 && positive < threshold) {
        out.push(at(settingAt(model, 'postscreen_dnsbl_threshold', service) ?? loc, `The positive weights in postscreen_dnsbl_sites add up to ${positive}, below postscreen_dnsbl_threshold = ${threshold}: no client can ever be blocked by the DNSBLs. Lower the threshold or raise the weights.`, 'warning'));
      }
      if (negative && atLeast(model.target, '3.6')) {
        const allow = Number(valueText(model, 'postscreen_dnsbl_allowlist_threshold', service) || '0');
        if (Number.isFinite(allow) && allow >= 0) {
          out.push(at(loc, `postscreen_dnsbl_sites has negative (allowlist) weights, but postscreen_dnsbl_allowlist_threshold is ${allow}: they lower scores, yet no client is ever allowlisted past the other tests. Set a negative postscreen_dnsbl_allowlist_threshold (e.g. -1) to use them for that.`, 'hint'));
        }
      }
    }
    return out;
  },
};
