// Who may start a conversation with whom (ADR 0047), and nobody wider:
// - anyone who reaches a course's discussion writes to the tutors named in that discussion's space;
// - two participants (both enrolled) of a course write to each other only where its discussion lets them meet:
//   an administration's own course inside that administration, a core course among Customs officers of any
//   administration, the Academy's learners of a course with each other only;
// - a National Coordinator writes to the users of their own administration.
// Anyone else is not found. Once a conversation exists, either party may reply unless blocked.
import { asPlatform, registry, type TenantTx } from "@/lib/db";
import { readSpace } from "@/lib/discussions/space";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { can } from "@/lib/permissions";
import type { RecipientInput } from "./schemas";

export interface Correspondent {
  id: string;
  tenantId: string;
  name: string;
  place: string;
  course: { id: string; title: string } | null;
}

/** The person the entry's viewer may start a conversation with, in the viewer's transaction; NotFound otherwise. */
export async function findCorrespondent(tx: TenantTx, entry: Entry, input: RecipientInput): Promise<Correspondent> {
  const viewer = entry.viewer;
  if (!viewer || input.to === viewer.id) throw new NotFound();
  if (!input.course) return coordinatorsUser(entry, input.to);
  const space = await readSpace(tx, entry, input.course);
  const course = { id: space.courseId, title: space.courseTitle };
  const tutor = await tx.courseTutor.findFirst({
    where: { tenantId: space.tenantId, courseId: space.courseId, userId: input.to },
    select: { userTenantId: true, name: true, place: true },
  });
  if (tutor) return { id: input.to, tenantId: tutor.userTenantId, name: tutor.name, place: tutor.place, course };
  // Two participants: both enrolled, and the recipient's space for the course is the viewer's.
  const academy = entry.ctx.audience === "PUBLIC";
  const core = (await tx.course.findUnique({ where: { id: space.courseId }, select: { isCore: true } }))?.isCore;
  const other = await asPlatform("whether two participants of a course meet (ADR 0047)", async (db) => {
    const [mine, theirs] = await Promise.all([
      db.enrolment.count({ where: { tenantId: viewer.homeTenantId, userId: viewer.id, courseId: space.courseId } }),
      db.user.findFirst({
        where: {
          id: input.to,
          status: "ACTIVE",
          enrolments: { some: { courseId: space.courseId } },
          tenant: academy ? { kind: "ACADEMY" } : { kind: { not: "ACADEMY" } },
          // An administration's own course: its own users only. A core course's space is the WCO's.
          ...(core || academy ? {} : { tenantId: space.tenantId }),
        },
        select: { id: true, tenantId: true, firstName: true, lastName: true },
      }),
    ]);
    return mine > 0 ? theirs : null;
  });
  if (!other || (academy && other.tenantId !== entry.ctx.tenantId)) throw new NotFound();
  return { ...(await named(other)), course };
}

async function coordinatorsUser(entry: Entry, userId: string): Promise<Correspondent> {
  const viewer = entry.viewer!;
  if (viewer.homeTenantKind !== "ADMINISTRATION" || !can("team.manage", entry)) throw new NotFound();
  const user = await asPlatform("a coordinator's message to a user of their administration (ADR 0047)", (db) =>
    db.user.findFirst({
      where: { id: userId, tenantId: viewer.homeTenantId, status: "ACTIVE" },
      select: { id: true, tenantId: true, firstName: true, lastName: true },
    }),
  );
  if (!user) throw new NotFound();
  return { ...(await named(user)), course: null };
}

async function named(user: { id: string; tenantId: string; firstName: string; lastName: string }) {
  const home = await registry.tenant().findUnique({ where: { id: user.tenantId }, select: { name: true } });
  return { id: user.id, tenantId: user.tenantId, name: `${user.firstName} ${user.lastName}`, place: home?.name ?? "" };
}
