// Client components receive only the message namespaces they use, instead of every message of the platform
// with every page (a test keeps this list in step with the code).
export const CLIENT_NAMESPACES = [
  "Approvers", "Authoring", "Certificates", "Console", "CourseType", "Errors", "Evaluation", "Fields", "ForgotPassword", "News", "Player", "Profile",
  "QuizAuthoring", "RecordOfLearning", "Region", "Register", "ResetPassword", "Shell", "SignIn", "StoreAdmin", "Tasks", "Team", "Workshops",
] as const;

export function clientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]])) as Partial<M>;
}
