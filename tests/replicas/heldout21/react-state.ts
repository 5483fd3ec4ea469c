/** The state hook of the gen-21 React apps (Arco Design, Tea and Fusion Next on React 18; antd on React 19): generation 20's, the same hook. */
export * from '../heldout20/react-state';
