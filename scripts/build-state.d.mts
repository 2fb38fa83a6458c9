/** Types of build-state.mjs, for the TypeScript suites that call ensureBuilt(). */
import type { StdioOptions } from 'node:child_process';

/** Builds (`npm run build`) when the build outputs are missing or older than their sources. */
export declare function buildIfStale(options?: {
  log?: (line: string) => void;
  stdio?: StdioOptions;
}): Promise<{ ok: boolean; built: boolean }>;

/** buildIfStale, throwing when the build fails. */
export declare function ensureBuilt(): Promise<void>;
