/** The state hook of the gen-19 React apps (Tea, Arco Design and Fusion Next on React 18; antd on React 19): generation 15's, the same hook. */
export * from '../heldout15/react-state';
