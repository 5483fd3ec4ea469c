/** The state hook of the gen-27 React apps (Arco Design, Tea and Fusion Next on React 18; antd on React 19): generation 26's, the same hook. */
export * from '../heldout26/react-state';
