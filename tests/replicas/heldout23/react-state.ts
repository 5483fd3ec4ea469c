/** The state hook of the gen-23 React apps (Arco Design, Tea and Fusion Next on React 18; antd on React 19): generation 22's, the same hook. */
export * from '../heldout22/react-state';
