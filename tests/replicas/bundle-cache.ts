/**
 * esbuild for the replica bundles, with a disk cache shared by every process of a test run (the
 * Playwright runner and each worker build the same bundles; on 2 cores that was minutes). An entry is
 * valid while the bundle's own sources and the lock file are unchanged (see build below). Cache:
 * node_modules/.cache/beian-replicas/.
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/beian-replicas');

/** The modification time of a file, or -1 when it is gone. */
const mtime = (f: string) => { try { return statSync(f).mtimeMs; } catch { return -1; } };
/** What every bundle depends on besides its own inputs: the installed packages. */
const lockStamp = () => `${mtime(path.join(ROOT, 'package-lock.json'))}`;

interface Cached { inputs: Record<string, number>; lock: string; outputFiles: { path: string; text: string }[] }

/**
 * esbuild.build with write: false, cached on disk: the same result shape (outputFiles with path and text).
 * An entry is keyed by the build options and holds the bundle's own source files (esbuild's metafile, outside
 * node_modules) with their modification times: it is used while none of them changed and the lock file is the
 * same, so editing one replica set rebuilds only the bundles that read the edited file.
 */
export async function build(options: BuildOptions): Promise<{ outputFiles: { path: string; text: string }[] }> {
  const key = createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 32);
  const base = options.absWorkingDir ?? process.cwd();
  const file = path.join(CACHE, `${key}.json`);
  try {
    const hit = JSON.parse(readFileSync(file, 'utf8')) as Cached;
    if (hit.lock === lockStamp() && Object.entries(hit.inputs).every(([f, t]) => mtime(path.resolve(base, f)) === t)) return hit;
  } catch { /* not cached yet */ }
  const out = await esbuild({ ...options, write: false, metafile: true });
  const inputs = Object.fromEntries(Object.keys(out.metafile?.inputs ?? {})
    .filter((f) => !f.includes('node_modules') && !f.includes(':'))
    .map((f) => [f, mtime(path.resolve(base, f))]));
  const result: Cached = { inputs, lock: lockStamp(), outputFiles: (out.outputFiles ?? []).map((f) => ({ path: f.path, text: f.text })) };
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result));
  renameSync(tmp, file);
  return result;
}

/** One replica app as an IIFE for the browser (React's JSX, production build), cached; all outputs (JS, CSS). */
export async function bundleApp(dir: string, entry: string, extra: BuildOptions = {}): Promise<{ path: string; text: string }[]> {
  const out = await build({
    entryPoints: [path.join(dir, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    target: 'chrome120',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...extra,
  });
  return out.outputFiles;
}
/** The JS of one replica app. */
export const bundleJs = async (dir: string, entry: string, extra: BuildOptions = {}) => (await bundleApp(dir, entry, extra))[0]!.text;
