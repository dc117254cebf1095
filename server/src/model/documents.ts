/** Which kind of Postfix file a path is, from its name. */
export type ConfigKind = 'main' | 'master';

export function kindFromPath(path: string): ConfigKind | undefined {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  if (/^main\.cf(\.(proto|dist))?$/.test(base)) return 'main';
  if (/^master\.cf(\.(proto|dist))?$/.test(base)) return 'master';
  return undefined;
}
