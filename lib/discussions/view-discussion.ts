// The course's discussion page: its threads, pinned first then by latest post, a page at a time.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { THREADS_PER_PAGE } from "./schemas";
import { moderates, readSpace } from "./space";

export async function viewDiscussion(entry: Entry, courseId: string, page: number) {
  return forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const where = { tenantId: space.tenantId, courseId, removedAt: null };
    const [total, threads, tutors] = await Promise.all([
      tx.discussionThread.count({ where }),
      tx.discussionThread.findMany({
        where,
        orderBy: [{ pinned: "desc" }, { lastPostAt: "desc" }],
        skip: (page - 1) * THREADS_PER_PAGE,
        take: THREADS_PER_PAGE,
        select: {
          id: true,
          title: true,
          authorName: true,
          pinned: true,
          locked: true,
          lastPostAt: true,
          _count: { select: { posts: { where: { removedAt: null, deletedAt: null } } } },
        },
      }),
      tx.courseTutor.findMany({ where: { tenantId: space.tenantId, courseId }, select: { name: true, place: true } }),
    ]);
    return {
      course: { id: courseId, title: space.courseTitle },
      threads: threads.map(({ _count, ...t }) => ({ ...t, replies: Math.max(0, _count.posts - 1) })),
      tutors,
      page,
      pages: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
      moderator: moderates(space),
      namesTutors: space.namesTutors,
    };
  });
}
