/** The state hook of the gen-35 React apps (Fusion Next, Arco Design and Tea on React 18): generation 34's, the same hook. */
export * from '../heldout34/react-state';
