// The application-level tenant filter: the first of the two isolation layers (the second is row-level
// security in PostgreSQL). It scopes every top-level query on a tenant-scoped model; nested reads
// (include/select of relations) are left to row-level security.
import { Prisma, type PrismaClient } from "./generated/client";

export type ViewerAudience = "CUSTOMS" | "PUBLIC";

export interface TenantContext {
  /** The tenant whose data this request may touch. */
  tenantId: string;
  /** CUSTOMS for Customs officers and WCO staff; PUBLIC for anonymous visitors and Academy customers. */
  audience: ViewerAudience;
  /**
   * On the Academy store: the learner whose store access limits every course and enrolment read (null: an
   * anonymous visitor, who reaches none). Absent everywhere else.
   */
  storeLearnerId?: string | null;
}

/** Store access that counts now: neither revoked nor expired. */
export function activeStoreAccess(userId: string, at = new Date()) {
  return { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: at } }] };
}

/** Courses in a store product that `learnerId` may reach now. */
export function reachableStoreCourse(learnerId: string | null) {
  if (!learnerId) return { id: { in: [] as string[] } };
  return { storeListings: { some: { product: { access: { some: activeStoreAccess(learnerId) } } } } };
}

/** Models whose rows belong to exactly one tenant. */
const TENANT_OWNED = new Set<string>([
  "User",
  "RegistrationRequest",
  "EmailToken",
  "EmailMessage",
  "UserPhoto",
  "Enrolment",
  "ModuleCompletion",
  "SavedSearch",
  "AuditEvent",
  "NewsItem",
  "NewsTranslation",
  "HelpPage",
  "ScormAttempt",
  "QuizAttempt",
  "EvaluationResponse",
  "VideoProgress",
  "EnrolmentRequest",
  "TenantSignature",
  "Certificate",
  "WorkshopApplication",
  "Alert",
  "StoreProduct",
  "StoreOrder",
  "StoreAccess",
  "StoreSeatPool",
  "StoreSeat",
  "StoreWebhookEvent",
  "Conversation",
  "ConversationMessage",
  "MessageReport",
]);
/** Models of the shared catalogue: a tenant writes its own rows and also reads core (WCO) rows. */
const SHARED_CATALOGUE = new Set<string>([
  "Course",
  "CourseTranslation",
  "CourseSection",
  "CourseModule",
  "ScormPackage",
  "ScormSco",
  "QuizSettings",
  "ScormSettings",
  "QuizQuestion",
  "QuizQuestionVersion",
  "QuizCategory",
  "QuizSlot",
  "ModuleContent",
  "WorkshopSession",
  "StoreProductCourse",
]);

/**
 * Models of the discussion spaces (ADR 0046): a tenant's own rows, and in a Customs context also the shared rows
 * of core courses' discussions (row-level security and a trigger decide which rows are shared).
 */
const SHARED_DISCUSSION = new Set<string>([
  "DiscussionThread",
  "DiscussionPost",
  "DiscussionAttachment",
  "DiscussionSubscription",
  "DiscussionReport",
  "CourseTutor",
]);

/** The information point's rows (ADR 0048): the WCO's, read in every Customs context, written by the WCO only. */
const INFORMATION_POINT = new Set<string>([
  "InfoPointAnnouncement",
  "InfoPointAnnouncementText",
  "InfoPointDocument",
  "InfoPointDocumentTitle",
  "InfoPointDocumentVersion",
]);

const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);
const WRITES_WITH_WHERE = new Set(["update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert"]);
const CREATES = new Set(["create", "createMany", "createManyAndReturn"]);

export function isTenantScoped(model: string): boolean {
  return (
    TENANT_OWNED.has(model) ||
    SHARED_CATALOGUE.has(model) ||
    SHARED_DISCUSSION.has(model) ||
    INFORMATION_POINT.has(model)
  );
}

function readFilter(model: string, ctx: TenantContext): Record<string, unknown> {
  const store = ctx.storeLearnerId !== undefined;
  if (store && model === "Enrolment")
    return { tenantId: ctx.tenantId, course: reachableStoreCourse(ctx.storeLearnerId ?? null) };
  if (store && model === "Course")
    return { AND: [{ isCore: true, audience: "PUBLIC" }, reachableStoreCourse(ctx.storeLearnerId ?? null)] };
  if (SHARED_DISCUSSION.has(model)) return discussionFilter(ctx);
  if (INFORMATION_POINT.has(model)) return ctx.audience === "CUSTOMS" ? {} : { tenantId: ctx.tenantId };
  if (!SHARED_CATALOGUE.has(model)) return { tenantId: ctx.tenantId };
  const coreVisible = ctx.audience === "CUSTOMS" ? { isCore: true } : { isCore: true, audience: "PUBLIC" };
  return { OR: [{ tenantId: ctx.tenantId }, coreVisible] };
}

function discussionFilter(ctx: TenantContext): Record<string, unknown> {
  return ctx.audience === "CUSTOMS"
    ? { OR: [{ tenantId: ctx.tenantId }, { shared: true }] }
    : { tenantId: ctx.tenantId };
}

/** A shared discussion row may name the WCO's tenant from a Customs context; the database checks it is shared. */
function withDiscussionTenant(data: unknown, ctx: TenantContext): unknown {
  if (Array.isArray(data)) return data.map((row) => withDiscussionTenant(row, ctx));
  const row = data as Record<string, unknown>;
  if (ctx.audience === "CUSTOMS" && row.shared === true && typeof row.tenantId === "string") return row;
  return withOwnTenant(row, ctx.tenantId);
}

function withOwnTenant(data: unknown, tenantId: string): unknown {
  if (Array.isArray(data)) return data.map((row) => withOwnTenant(row, tenantId));
  const row = data as Record<string, unknown>;
  if (row.tenantId !== undefined && row.tenantId !== tenantId) {
    throw new Error("Refused: a row of another tenant cannot be created in this context.");
  }
  return { ...row, tenantId };
}

// Adds the filter beside the caller's conditions, so unique keys stay at the top level of `where`.
function andWhere(where: unknown, filter: Record<string, unknown>): Record<string, unknown> {
  const conditions = { ...((where as Record<string, unknown>) ?? {}) };
  const existing =
    conditions.AND === undefined ? [] : Array.isArray(conditions.AND) ? conditions.AND : [conditions.AND];
  return { ...conditions, AND: [...existing, filter] };
}

/** Returns `client` extended so that every query is limited to the tenant of `ctx`. */
export function scopeToTenant<C extends PrismaClient>(client: C, ctx: TenantContext) {
  return client.$extends(
    Prisma.defineExtension({
      name: "tenant-scope",
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query }) {
            if (!model || !isTenantScoped(model)) return query(args);
            const a = { ...(args as Record<string, unknown>) };
            if (SHARED_DISCUSSION.has(model)) {
              if (READS.has(operation) || WRITES_WITH_WHERE.has(operation))
                a.where = andWhere(a.where, discussionFilter(ctx));
              if (operation === "upsert") a.create = withDiscussionTenant(a.create, ctx);
              if (CREATES.has(operation)) a.data = withDiscussionTenant(a.data, ctx);
            } else if (READS.has(operation)) {
              a.where = andWhere(a.where, readFilter(model, ctx));
            } else if (WRITES_WITH_WHERE.has(operation)) {
              a.where = andWhere(a.where, { tenantId: ctx.tenantId });
              if (operation === "upsert") a.create = withOwnTenant(a.create, ctx.tenantId);
            } else if (CREATES.has(operation)) {
              a.data = withOwnTenant(a.data, ctx.tenantId);
            }
            return query(a as typeof args);
          },
        },
      },
    }),
  );
}
