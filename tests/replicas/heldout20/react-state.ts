/** The state hook of the gen-20 React apps (TDesign on React 19; Fusion Next on React 18): generation 19's, the same hook. */
export * from '../heldout19/react-state';
