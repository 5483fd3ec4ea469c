/** The state hook of the gen-42 React apps (antd and TDesign on React 19): generation 41's, the same hook. */
export * from '../heldout41/react-state';
