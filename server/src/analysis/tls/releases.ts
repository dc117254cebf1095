/** Release facts the TLS rules need that the parameter tables do not carry. */
import { atLeast, compareVersions, parseVersion, type Version } from '../../data/versions';

/** True when `target` is in `since` or later, or in one of the patch releases `backports` of older lines. */
export function hasFeature(target: Version, since: string, backports: string[] = []): boolean {
  if (atLeast(target, since)) return true;
  return backports.some((b) => {
    const v = parseVersion(b)!;
    return target[0] === v[0] && target[1] === v[1] && compareVersions(target, v) >= 0;
  });
}

/**
 * Releases before the July 2015 patches (2.9.14, 2.10.8, 2.11.6, 3.0.2): their built-in DH
 * prime has 1024 bits and their default protocol lists still allow SSLv3.
 */
export function beforeJuly2015(target: Version): boolean {
  return !hasFeature(target, '3.1', ['2.9.14', '2.10.8', '2.11.6', '3.0.2']);
}
