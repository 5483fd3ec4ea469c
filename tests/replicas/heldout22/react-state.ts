/** The state hook of the gen-22 React apps (antd and TDesign on React 19; Fusion Next on React 18): generation 21's, the same hook. */
export * from '../heldout21/react-state';
