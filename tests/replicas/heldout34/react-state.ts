/** The state hook of the gen-34 React apps (antd and TDesign on React 19): generation 33's, the same hook. */
export * from '../heldout33/react-state';
