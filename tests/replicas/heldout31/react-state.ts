/** The state hook of the gen-31 React apps (Arco Design, Tea and Fusion Next on React 18): generation 30's, the same hook. */
export * from '../heldout30/react-state';
