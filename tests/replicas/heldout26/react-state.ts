/** The state hook of the gen-26 React apps (TDesign and antd on React 19): generation 25's, the same hook. */
export * from '../heldout25/react-state';
