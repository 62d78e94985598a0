// Ink reaches react-devtools-core only when DEV=true, but a static import of an external
// package would be hoisted to the top of the bundle and fail at start; this stub stands in.
export default { initialize() {}, connectToDevTools() {} };
