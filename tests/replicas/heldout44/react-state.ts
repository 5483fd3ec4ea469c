/** The state hook of the gen-44 React apps (antd on React 19, TDesign on React 18): generation 43's, the same hook. */
export * from '../heldout43/react-state';
