/** The state hook of the gen-33 React apps (Arco Design, Tea and Fusion Next on React 18): generation 32's, the same hook. */
export * from '../heldout32/react-state';
