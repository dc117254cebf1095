/** What the postscreen rules share: the port-25 postscreen service and the helpers it hands off to. */
import type { ConfigModel, ServiceModel } from '../../../model/config';
import { Derived } from '../../../model/derived';
import { postscreenServices } from '../../security/context';
import { valueText } from '../../security/words';

export interface Postscreen {
  service: ServiceModel;
  /** The smtpd it hands clients to (`<smtpd_service_name> pass ... smtpd`), if present. */
  pass?: ServiceModel;
  passName: string;
}

const found = new Derived<Postscreen[]>();

/** Made once per model (every postscreen rule asks), with the pass services looked up by name. */
export function postscreens(model: ConfigModel): Postscreen[] {
  let list = found.get(model);
  if (list) return list;
  // The first valid `<name> pass ... smtpd` of each name, as a search in file order finds it.
  const passes = new Map<string, ServiceModel>();
  for (const s of model.services) if (s.type === 'pass' && s.command === 'smtpd' && s.service.valid && !passes.has(s.name)) passes.set(s.name, s);
  list = postscreenServices(model).map((service) => {
    const passName = valueText(model, 'smtpd_service_name', service) || 'smtpd';
    return { service, pass: passes.get(passName), passName };
  });
  found.set(model, list);
  return list;
}

/** `name command` of every valid unix service, once per model (asked once per postscreen listener). */
const unixServices = new Derived<Set<string>>();

/** True when master.cf has a `unix` service `name` running `command`. */
export function hasUnixService(model: ConfigModel, name: string, command: string): boolean {
  let services = unixServices.get(model);
  if (!services) {
    services = new Set();
    for (const s of model.services) if (s.type === 'unix' && s.service.valid) services.add(`${s.name} ${s.command}`);
    unixServices.set(model, services);
  }
  return services.has(`${name} ${command}`);
}
