/** The state hook of the gen-29 React apps (Tea, Fusion Next and Arco on React 18; TDesign on React 19): generation 28's, the same hook. */
export * from '../heldout28/react-state';
