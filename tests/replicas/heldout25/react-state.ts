/** The state hook of the gen-25 React apps (Arco Design, Tea and Fusion Next on React 18; antd on React 19): generation 24's, the same hook. */
export * from '../heldout24/react-state';
