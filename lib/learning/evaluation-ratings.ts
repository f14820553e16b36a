/** The ratings of the course evaluation form (1 to 5 each), shared by the form and the server. */
export const EVALUATION_RATINGS = ["content", "usefulness", "recommend"] as const;
