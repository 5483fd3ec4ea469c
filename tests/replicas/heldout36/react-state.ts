/** The state hook of the gen-36 React apps (antd and TDesign on React 19): generation 35's, the same hook. */
export * from '../heldout35/react-state';
