// The learner's side of SCORM: launching a SCO and storing the commits of its runtime.
export { launchSco, openSco, type Launch, type RefusedLaunch } from "./launch-sco";
export { commitAttempt, MAX_COMMIT_BYTES, type CommitResult } from "./commit-attempt";
