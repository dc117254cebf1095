/**
 * The Postfix release everything version-dependent is judged against: the user's setting when
 * given; otherwise a compatibility_level of 3.6 or later in main.cf (a level names the release
 * whose defaults the configuration was written for); otherwise the newest stable release.
 */
import { NEWEST_STABLE, parseVersion, type Version } from '../data/versions';
import type { MainCf } from '../parser/mainCf';

export function resolveTarget(setting: string | undefined, main: MainCf | undefined): Version {
  const explicit = setting ? parseVersion(setting) : undefined;
  if (explicit) return explicit;
  const level = [...(main?.parameters ?? [])].reverse().find((p) => p.name === 'compatibility_level');
  const fromLevel = level ? parseVersion(level.value.text) : undefined;
  if (fromLevel && fromLevel[0] >= 3) return fromLevel;
  return parseVersion(NEWEST_STABLE)!;
}
