/** What the postscreen rules share: the port-25 postscreen service and the helpers it hands off to. */
import type { ConfigModel, ServiceModel } from '../../../model/config';
import { postscreenServices } from '../../security/context';
import { valueText } from '../../security/words';

export interface Postscreen {
  service: ServiceModel;
  /** The smtpd it hands clients to (`<smtpd_service_name> pass ... smtpd`), if present. */
  pass?: ServiceModel;
  passName: string;
}

export function postscreens(model: ConfigModel): Postscreen[] {
  return postscreenServices(model).map((service) => {
    const passName = valueText(model, 'smtpd_service_name', service) || 'smtpd';
    const pass = model.services.find((s) => s.name === passName && s.type === 'pass' && s.command === 'smtpd' && s.service.valid);
    return { service, pass, passName };
  });
}

/** True when master.cf has a `unix` service `name` running `command`. */
export function hasUnixService(model: ConfigModel, name: string, command: string): boolean {
  return model.services.some((s) => s.name === name && s.type === 'unix' && s.command === command && s.service.valid);
}
