"use server";

import { editPost } from "@/lib/discussions/edit-post";
import { discussionPath, threadPath } from "@/lib/discussions/paths";
import { nameTutor } from "@/lib/discussions/name-tutor";
import { replyToThread } from "@/lib/discussions/reply-to-thread";
import { reportPost } from "@/lib/discussions/report-post";
import { startThread } from "@/lib/discussions/start-thread";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { typedValues } from "@/lib/http/form-state";

const discussion = discussionPath;
const thread = threadPath;
const goTo = (redirectTo: string): FormState => ({ values: {}, errors: {}, redirectTo });

export const startThreadAction = formAction(
  { signIn: (courseId: string) => discussion(courseId) },
  async (entry, form, courseId: string) => {
    const { threadId } = await startThread(entry, courseId, typedValues(form));
    return goTo(thread(courseId, threadId));
  },
);

/** A reply goes to the thread's last page, where it is. */
export const replyAction = formAction(
  { signIn: (courseId: string, threadId: string) => thread(courseId, threadId) },
  async (entry, form, courseId: string, threadId: string) => {
    const { postId } = await replyToThread(entry, courseId, threadId, typedValues(form));
    return goTo(`${thread(courseId, threadId)}?page=last#post-${postId}`);
  },
);

export const editPostAction = formAction<[string, string, string, number]>(
  { signIn: (courseId: string, threadId: string) => thread(courseId, threadId) },
  async (entry, form, courseId: string, threadId: string, postId: string, page: number) => {
    await editPost(entry, courseId, postId, typedValues(form));
    return goTo(`${thread(courseId, threadId)}?page=${page}#post-${postId}`);
  },
);

export const reportPostAction = formAction<[string, string, string]>(
  {
    signIn: (courseId: string, threadId: string) => thread(courseId, threadId),
    revalidate: (_form, courseId: string, threadId: string) => thread(courseId, threadId),
  },
  async (entry, form, courseId: string, _threadId: string, postId: string) => {
    await reportPost(entry, courseId, postId, typedValues(form));
  },
);

export const nameTutorAction = formAction(
  {
    signIn: (courseId: string) => `${discussion(courseId)}/tutors`,
    revalidate: (_form, courseId: string) => `${discussion(courseId)}/tutors`,
  },
  async (entry, form, courseId: string) => {
    await nameTutor(entry, courseId, typedValues(form));
  },
);
