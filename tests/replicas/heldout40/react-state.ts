/** The state hook of the gen-40 React apps (antd and TDesign on React 19): generation 39's, the same hook. */
export * from '../heldout39/react-state';
