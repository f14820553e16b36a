// Where a discussion space's pages are: a course's under the course, the information point's under its own page.
import { INFORMATION_POINT_SPACE } from "./information-point-space";

export function discussionPath(courseId: string): string {
  return courseId === INFORMATION_POINT_SPACE ? "/information-point/discussion" : `/courses/${courseId}/discussion`;
}

export function threadPath(courseId: string, threadId: string): string {
  return `${discussionPath(courseId)}/${threadId}`;
}
