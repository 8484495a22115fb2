/**
 * The provincial-editor rule, in one place: a provincial editor keeps to its own provinces and
 * never publishes. Access functions, hooks and endpoints all take it from here.
 */
export { ownProvinceAccess } from './access'
export {
  isProvincialOnly,
  ownProvinceIds,
  provincesOutside,
  publishesAsProvincial,
  refIds,
} from './ids'
export { keepWithinOwnProvinces } from './keepWithinOwnProvinces'
export { enforceEditorialScope, scopeProvincialOperation } from './operationHooks'
export { assertAssignable, assertEditable, refusals } from './refusals'
