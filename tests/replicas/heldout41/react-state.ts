/** The state hook of the gen-41 React apps (Fusion Next, Arco Design and Tea on React 18): generation 40's, the same hook. */
export * from '../heldout40/react-state';
