/** The state hook of the gen-43 React apps (Fusion Next, Arco Design and Tea on React 18): generation 42's, the same hook. */
export * from '../heldout42/react-state';
