/** The state hook of the gen-38 React apps (antd and TDesign on React 19): generation 37's, the same hook. */
export * from '../heldout37/react-state';
