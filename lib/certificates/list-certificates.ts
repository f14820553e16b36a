// A learner's certificates, newest first, with their status today: the current one and the history of
// earlier ones (expired, replaced by a recertification, or revoked) for the record of learning.
import { forTenant } from "@/lib/db";
import type { VisibilityScope } from "@/lib/catalogue/list-visible-courses";
import { certificateStatus, mayRecertify, type CertificateStatus } from "./certificate-status";

export interface CertificateSummary {
  id: string;
  code: string;
  courseId: string;
  courseTitle: string;
  cycle: number;
  issuedAt: Date;
  expiresAt: Date | null;
  grade: number | null;
  status: CertificateStatus;
  mayRecertify: boolean;
}

export async function listCertificates(scope: VisibilityScope, learnerId: string, options: { courseId?: string } = {}): Promise<CertificateSummary[]> {
  const rows = await forTenant(scope.ctx, (tx) =>
    tx.certificate.findMany({
      where: { userId: learnerId, ...(options.courseId ? { courseId: options.courseId } : {}) },
      orderBy: [{ issuedAt: "desc" }, { cycle: "desc" }],
      select: { id: true, code: true, courseId: true, courseTitle: true, cycle: true, issuedAt: true, expiresAt: true, grade: true, revokedAt: true, replacedAt: true },
      take: 500,
    }),
  );
  const now = new Date();
  return rows.map(({ revokedAt, replacedAt, ...row }) => ({
    ...row,
    status: certificateStatus({ revokedAt, replacedAt, expiresAt: row.expiresAt }, now),
    mayRecertify: mayRecertify({ revokedAt, replacedAt, expiresAt: row.expiresAt }, now),
  }));
}
