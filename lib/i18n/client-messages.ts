// Client components receive only the message namespaces of the part of the site they are in, instead of every
// message of the platform with every page: most pages carry none. Each route segment with client components
// has a layout that provides its namespaces (components/i18n/client-messages.tsx); a test checks every client
// component against the segments it is rendered in.
export const SEGMENT_NAMESPACES = {
  /** Everywhere: the error boundary, the confirmation dialog, the new version's banner. */
  root: ["Confirm", "Errors", "App"],
  academy: ["Fields", "OfflineDownload", "Register"],
  admin: ["Approvers", "Authoring", "Console", "Fields", "StoreAdmin"],
  author: [
    "Authoring",
    "Certificates",
    "Console",
    "CourseType",
    "Fields",
    "Help",
    "News",
    "QuizAuthoring",
    "Region",
    "Workshops",
  ],
  "confirm-email": ["ConfirmEmail", "Fields"],
  courses: ["DeviceProgress", "Discussion", "Fields", "KeptAnswers", "OfflineDownload"],
  dashboard: ["OfflineDownload", "Tasks"],
  "forgot-password": ["ForgotPassword"],
  "information-point": ["Discussion", "Fields", "InfoPoint"],
  learn: ["Evaluation", "Fields", "KeptAnswers", "Player"],
  messages: ["Fields", "Messages"],
  preferences: ["Fields", "Preferences"],
  profile: ["Fields", "Profile", "Register"],
  "record-of-learning": ["Fields", "RecordOfLearning"],
  register: ["Fields", "Register"],
  "reset-password": ["Fields", "ResetPassword", "Shell"],
  "sign-in": ["SignIn"],
  team: ["Fields", "Team"],
  verify: ["Certificates", "Fields"],
  workshops: ["Fields", "Workshops"],
} as const;

export type ClientSegment = keyof typeof SEGMENT_NAMESPACES;

export function clientMessages<M extends Record<string, unknown>>(messages: M, segment: ClientSegment): Partial<M> {
  const namespaces: readonly string[] = SEGMENT_NAMESPACES[segment];
  return Object.fromEntries(
    namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]),
  ) as Partial<M>;
}
