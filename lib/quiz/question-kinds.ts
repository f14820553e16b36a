/** The kinds of quiz question, in the order the authoring form offers them. */
export const QUESTION_KINDS = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_ANSWER", "MATCHING"] as const;
