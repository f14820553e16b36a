-- A SCORM runtime commit in one statement and one round trip (ADR 0020). Each function here sets the tenant
-- context for the rest of its statement's transaction first, exactly as forTenant() does for a transaction, so
-- row-level security applies to everything it reads and writes; it runs as the caller (SECURITY INVOKER), the
-- restricted application role. lib/db lists these functions (TENANT_FUNCTIONS) and calls each as a statement
-- of its own; tests/integration/tenant-isolation.test.ts checks that each begins with rls_use_tenant().

/** The tenant context of forTenant(), for the current transaction only. */
CREATE FUNCTION rls_use_tenant(tenant uuid, audience text) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM set_config('app.tenant_id', tenant::text, true), set_config('app.audience', audience, true);
END
$$;

/** What a commit needs of the learner's attempt's SCO (lib/scorm/attempt-sco.ts): none of it ever changes. */
CREATE FUNCTION scorm_attempt_sco(tenant uuid, audience text, p_attempt uuid, p_learner uuid)
RETURNS TABLE ("scoId" uuid, "packageId" uuid, "courseId" uuid, "moduleId" uuid, "version" text, "runtime" jsonb,
  "attemptCreatedAt" timestamp(3))
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
  PERFORM rls_use_tenant(tenant, audience);
  RETURN QUERY
    SELECT a."scoId", p."id", p."courseId", p."moduleId", p."version", s."runtime", a."createdAt"
    FROM "ScormAttempt" a
    JOIN "ScormSco" s ON s."id" = a."scoId"
    JOIN "ScormPackage" p ON p."id" = s."packageId"
    WHERE a."id" = p_attempt AND a."userId" = p_learner AND a."tenantId" = tenant;
END
$$;

/**
 * Stores a commit (lib/scorm/store-commit.ts): a compare-and-set on the sequence number, joined with the checks
 * that the account is active and the enrolment in place. No row: not the learner's attempt, or no longer
 * theirs to record; stored false: a newer or the same commit came first. Concurrent commits of one attempt
 * wait for the row's lock and re-read the row, so the time arithmetic reads what the previous one wrote. An
 * attempt that is over never changes (ADR 0021).
 */
CREATE FUNCTION scorm_store_commit(tenant uuid, audience text, p_attempt uuid, p_learner uuid, p_course uuid,
  p_sequence integer, p_cmi jsonb, p_completion text, p_success text, p_score_scaled double precision,
  p_score_raw double precision, p_location text, p_suspend_data text, p_exit text, p_session text,
  p_session_seconds integer, p_lease_until timestamp(3))
RETURNS TABLE ("stored" boolean, "enrolmentId" uuid, "cycleStartedAt" timestamp(3))
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
  PERFORM rls_use_tenant(tenant, audience);
  RETURN QUERY
    WITH live AS (
      SELECT a."id", e."id" AS "enrolmentId", e."cycleStartedAt"
      FROM "ScormAttempt" a
      JOIN "User" u ON u."id" = a."userId" AND u."tenantId" = tenant AND u."status" = 'ACTIVE'
      JOIN "Enrolment" e ON e."userId" = a."userId" AND e."tenantId" = tenant AND e."courseId" = p_course
      WHERE a."id" = p_attempt AND a."userId" = p_learner AND a."tenantId" = tenant
    ), saved AS (
      UPDATE "ScormAttempt" a SET
        "cmi" = p_cmi,
        "commitSeq" = p_sequence,
        "completionStatus" = p_completion,
        "successStatus" = p_success,
        "scoreScaled" = p_score_scaled,
        "scoreRaw" = p_score_raw,
        "location" = p_location,
        "suspendData" = p_suspend_data,
        "exitMode" = COALESCE(p_exit, a."exitMode"),
        -- The same session keeps the longer of its two times; a new one closes the previous into priorSeconds.
        "priorSeconds" = CASE WHEN a."sessionId" = p_session THEN a."priorSeconds" ELSE a."priorSeconds" + a."sessionSeconds" END,
        "sessionId" = p_session,
        "sessionSeconds" = CASE WHEN a."sessionId" = p_session THEN GREATEST(a."sessionSeconds", p_session_seconds) ELSE p_session_seconds END,
        "totalSeconds" = CASE WHEN a."sessionId" = p_session THEN a."priorSeconds" + GREATEST(a."sessionSeconds", p_session_seconds)
          ELSE a."priorSeconds" + a."sessionSeconds" + p_session_seconds END,
        "leaseUntil" = p_lease_until,
        "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM live
      WHERE a."id" = live."id" AND a."tenantId" = tenant AND a."commitSeq" < p_sequence
        -- An attempt that is over (completed, passed or failed, not suspended: lib/records/sco-status.ts) takes
        -- commits only from the session that finished it; a later session reviews it and changes nothing.
        AND NOT (
          a."sessionId" IS DISTINCT FROM p_session
          AND COALESCE(a."exitMode", '') <> 'suspend'
          AND (COALESCE(a."completionStatus", '') IN ('completed', 'passed', 'failed')
            OR COALESCE(a."successStatus", '') IN ('passed', 'failed'))
        )
      RETURNING a."id"
    )
    SELECT EXISTS (SELECT 1 FROM saved), live."enrolmentId", live."cycleStartedAt" FROM live;
END
$$;
