/** The state hook of the gen-32 React apps (antd and TDesign on React 19): generation 31's, the same hook. */
export * from '../heldout31/react-state';
