/** Parses the texts of a main.cf and/or master.cf and builds their model. */
import { parseMainCf, type MainCf } from '../parser/mainCf';
import { parseMasterCf, type MasterCf } from '../parser/masterCf';
import { buildModel, type ConfigModel } from './config';
import { isTargetAssumed, resolveTarget } from './target';

/** `hostName`: the host's own name, as postconf would use it (see buildModel). */
export function loadModel(input: { main?: string | MainCf; master?: string | MasterCf; version?: string; hostName?: string }): ConfigModel {
  const main = typeof input.main === 'string' ? parseMainCf(input.main) : input.main;
  const master = typeof input.master === 'string' ? parseMasterCf(input.master) : input.master;
  return buildModel({ main, master, target: resolveTarget(input.version, main), targetAssumed: isTargetAssumed(input.version), hostName: input.hostName });
}
