// tus-js-client's browser build, imported by path: the package names it only in an object-form
// `browser` field, which Turbopack does not follow (it bundled the Node build, whose default
// URL storage keeps nothing, so uploads could not resume after a reload).
declare module 'tus-js-client/lib.esm/browser/index.js' {
  export * from 'tus-js-client'
}
