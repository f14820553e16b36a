export { assertCan, can, holds, mayUse, type Subject } from "./can";
export { ACTIONS, hasRole, PERMISSIONS, type Action, type Grant, type Principal } from "./rules";
