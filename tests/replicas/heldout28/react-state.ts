/** The state hook of the gen-28 React apps (TDesign and antd on React 19): generation 27's, the same hook. */
export * from '../heldout27/react-state';
