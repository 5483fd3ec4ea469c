/** The state hook of the gen-30 React apps (antd and TDesign on React 19): generation 29's, the same hook. */
export * from '../heldout29/react-state';
