// Where a discussion space's pages are: a course's under the course.
export function discussionPath(courseId: string): string {
  return `/courses/${courseId}/discussion`;
}

export function threadPath(courseId: string, threadId: string): string {
  return `${discussionPath(courseId)}/${threadId}`;
}
