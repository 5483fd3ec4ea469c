/** The state hook of the gen-37 React apps (Fusion Next, Arco Design and Tea on React 18): generation 36's, the same hook. */
export * from '../heldout36/react-state';
