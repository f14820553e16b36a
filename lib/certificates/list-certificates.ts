// A learner's certificates, newest first, with their status today: the current one and the history of
// earlier ones (expired, replaced by a recertification, or revoked) for the record of learning.
import { forTenant, type TenantContext, type TenantTx } from "@/lib/db";
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

export async function listCertificates(
  ctx: TenantContext,
  learnerId: string,
  options: { courseId?: string } = {},
): Promise<CertificateSummary[]> {
  return forTenant(ctx, (tx) => readCertificates(tx, learnerId, options));
}

/** listCertificates() within a transaction of the caller (a page that reads more in the same one). */
export async function readCertificates(
  tx: TenantTx,
  learnerId: string,
  options: { courseId?: string } = {},
): Promise<CertificateSummary[]> {
  const where = { userId: learnerId, ...(options.courseId ? { courseId: options.courseId } : {}) };
  const [rows, enrolments] = await Promise.all([
    tx.certificate.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { cycle: "desc" }],
      take: 500,
      select: {
        id: true,
        code: true,
        courseId: true,
        courseTitle: true,
        cycle: true,
        issuedAt: true,
        expiresAt: true,
        grade: true,
        revokedAt: true,
        replacedAt: true,
      },
    }),
    tx.enrolment.findMany({ where, select: { courseId: true, cycle: true } }),
  ]);
  const cycles = new Map(enrolments.map((e) => [e.courseId, e.cycle]));
  const now = new Date();
  return rows.map(({ revokedAt, replacedAt, ...row }) => ({
    ...row,
    status: certificateStatus({ revokedAt, replacedAt, expiresAt: row.expiresAt }, now),
    // Once a recertification has started, the course is being taken again: no second start.
    mayRecertify:
      cycles.get(row.courseId) === row.cycle && mayRecertify({ revokedAt, replacedAt, expiresAt: row.expiresAt }, now),
  }));
}
