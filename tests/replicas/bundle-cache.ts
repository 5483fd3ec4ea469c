/**
 * esbuild for the replica bundles, with a disk cache shared by every process of a test run (the
 * Playwright runner and each worker build the same bundles; on 2 cores that was minutes). The key is the
 * build options and the modification times of every replica source and of the lock file, so any edit
 * rebuilds. Cache: node_modules/.cache/beian-replicas/.
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/beian-replicas');

let sourcesStamp: string | undefined;
function stamp(): string {
  if (sourcesStamp) return sourcesStamp;
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${p}:${statSync(p).mtimeMs}\n`);
    }
  };
  walk(here);
  for (const f of ['package-lock.json', 'lib/regions.ts']) { try { h.update(`${f}:${statSync(path.join(ROOT, f)).mtimeMs}`); } catch { /* absent */ } }
  sourcesStamp = h.digest('hex');
  return sourcesStamp;
}

/** esbuild.build with write: false, cached on disk: the same result shape (outputFiles with path and text). */
export async function build(options: BuildOptions): Promise<{ outputFiles: { path: string; text: string }[] }> {
  const key = createHash('sha256').update(JSON.stringify(options)).update(stamp()).digest('hex').slice(0, 32);
  const file = path.join(CACHE, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch { /* not cached yet */ }
  const out = await esbuild({ ...options, write: false });
  const result = { outputFiles: (out.outputFiles ?? []).map((f) => ({ path: f.path, text: f.text })) };
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
