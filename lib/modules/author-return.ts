// Where an author's content form leads back: the course's editing page at its outline, with the message key
// of a refusal or the note that the content was saved.
export const backToOutline = (courseId: string, error?: string) =>
  `/author/courses/${courseId}${error ? `?error=${error}` : "?saved=content"}#outline`;
