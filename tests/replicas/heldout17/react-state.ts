/** The state hook of the gen-17 React apps (antd on React 19; Arco Design and Tea on React 18): generation 15's, the same hook. */
export * from '../heldout15/react-state';
