export { assertCan, can } from "./can";
export { ACTIONS, hasRole, PERMISSIONS, type Action, type Principal, type Subject } from "./rules";
