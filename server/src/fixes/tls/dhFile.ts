/**
 * Reads the DH parameter file a configuration names, when file access is allowed
 * (AnalysisSettings.readFile). Anything that cannot be read counts as unknown, never as a
 * problem: the path may simply not exist on this machine.
 */
import { dhPrimeBits } from './dhParams';
import type { FsContext } from './context';

export const MIN_DH_BITS = 2048;
const MAX_BYTES = 64 * 1024;

/** Bits of the DH prime in the file at `path`, or undefined when unknown. */
export function dhFileBits(ctx: FsContext, path: string): number | undefined {
  if (!path.startsWith('/') || !ctx.settings.readFile) return undefined;
  let data: Buffer | undefined;
  try {
    data = ctx.settings.readFile(path, MAX_BYTES);
  } catch {
    return undefined;
  }
  return data ? dhPrimeBits(data.toString('latin1')) : undefined;
}

export function dhFileTooSmall(ctx: FsContext, path: string): boolean {
  const bits = dhFileBits(ctx, path);
  return bits !== undefined && bits < MIN_DH_BITS;
}
