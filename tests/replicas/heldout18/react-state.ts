/** The state hook of the gen-18 React apps (TDesign on React 19; Arco Design and Fusion Next on React 18): generation 15's, the same hook. */
export * from '../heldout15/react-state';
