/** The state hook of the gen-39 React apps (Fusion Next, Arco Design and Tea on React 18): generation 38's, the same hook. */
export * from '../heldout38/react-state';
