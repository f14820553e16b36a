-- CreateTable
CREATE TABLE "ScormInteraction" (
    "tenantId" UUID NOT NULL,
    "attemptId" UUID NOT NULL,
    "scoId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "description" TEXT,
    "response" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScormInteraction_pkey" PRIMARY KEY ("tenantId","attemptId","question")
);

-- CreateIndex
CREATE INDEX "ScormInteraction_tenantId_scoId_idx" ON "ScormInteraction"("tenantId", "scoId");

-- AddForeignKey
ALTER TABLE "ScormInteraction" ADD CONSTRAINT "ScormInteraction_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ScormAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT rls_tenant_isolation('"ScormInteraction"');

/**
 * The answers of a committed CMI (ADR 0023, 0028): one row per question (an interaction's id), its last entry
 * (the highest index: a SCORM 1.2 SCO appends when a question is answered again) and where it was first answered.
 * `interactions` is an object keyed by index, as scorm-again writes it, or an array. 1.2 (`student_response`,
 * "wrong") and 2004 (`learner_response`, "incorrect") read the same. No table is read.
 */
CREATE FUNCTION scorm_cmi_answers(cmi jsonb)
RETURNS TABLE ("question" text, "description" text, "response" text, "result" text, "position" integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT ON (e.v->>'id')
    e.v->>'id',
    nullif(e.v->>'description', ''),
    coalesce(e.v->>'learner_response', e.v->>'student_response', ''),
    CASE lower(coalesce(e.v->>'result', ''))
      WHEN 'wrong' THEN 'incorrect'
      WHEN 'correct' THEN 'correct'
      WHEN 'incorrect' THEN 'incorrect'
      WHEN 'unanticipated' THEN 'unanticipated'
      WHEN 'neutral' THEN 'neutral'
      ELSE coalesce(e.v->>'result', '')
    END,
    (min(e.n) OVER (PARTITION BY e.v->>'id'))::integer
  FROM (
    SELECT o.value AS v, CASE WHEN o.key ~ '^[0-9]{1,9}$' THEN o.key::int ELSE 0 END AS n
    FROM jsonb_each(CASE WHEN jsonb_typeof(cmi->'interactions') = 'object' THEN cmi->'interactions' ELSE '{}'::jsonb END) o
    UNION ALL
    SELECT a.value, (a.ordinality - 1)::int
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(cmi->'interactions') = 'array' THEN cmi->'interactions' ELSE '[]'::jsonb END)
      WITH ORDINALITY a
  ) e
  WHERE jsonb_typeof(e.v) = 'object' AND coalesce(e.v->>'id', '') <> ''
  ORDER BY e.v->>'id', e.n DESC
$$;

/**
 * Stores a commit (lib/scorm/store-commit.ts): a compare-and-set on the sequence number, joined with the checks
 * that the account is active and the enrolment in place. No row: not the learner's attempt, or no longer
 * theirs to record; stored false: a newer or the same commit came first. Concurrent commits of one attempt
 * wait for the row's lock and re-read the row, so the time arithmetic reads what the previous one wrote. An
 * attempt that is over never changes (ADR 0021). A stored commit also writes its answers (the CMI's interactions,
 * each question's last entry) to "ScormInteraction", adding new questions and updating changed answers, never
 * removing one (ADR 0028).
 */
CREATE OR REPLACE FUNCTION scorm_store_commit(tenant uuid, audience text, p_attempt uuid, p_learner uuid, p_course uuid,
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
      RETURNING a."id", a."scoId"
    ), answered AS (
      INSERT INTO "ScormInteraction" AS i ("tenantId", "attemptId", "scoId", "question", "description", "response",
        "result", "position")
      -- A question new to the attempt comes after those it has (a 1.2 session starts its interactions at 0 again).
      SELECT tenant, saved."id", saved."scoId", x."question", x."description", x."response", x."result",
        x."position" + (SELECT coalesce(max(j."position") + 1, 0) FROM "ScormInteraction" j
                        WHERE j."tenantId" = tenant AND j."attemptId" = saved."id")
      FROM saved CROSS JOIN LATERAL scorm_cmi_answers(p_cmi) x
      ON CONFLICT ("tenantId", "attemptId", "question") DO UPDATE SET
        "description" = EXCLUDED."description", "response" = EXCLUDED."response", "result" = EXCLUDED."result",
        "updatedAt" = (now() AT TIME ZONE 'UTC')
      -- An answer committed again unchanged (every autocommit carries them all) is not written again.
      WHERE (i."description", i."response", i."result") IS DISTINCT FROM (EXCLUDED."description", EXCLUDED."response", EXCLUDED."result")
    )
    SELECT EXISTS (SELECT 1 FROM saved), live."enrolmentId", live."cycleStartedAt" FROM live;
END
$$;

-- The answers already committed, from each attempt's stored CMI (across tenants: this migration's own transaction).
SELECT set_config('app.platform', 'on', true);
INSERT INTO "ScormInteraction" ("tenantId", "attemptId", "scoId", "question", "description", "response", "result", "position", "updatedAt")
SELECT a."tenantId", a."id", a."scoId", x."question", x."description", x."response", x."result", x."position", a."updatedAt"
FROM "ScormAttempt" a CROSS JOIN LATERAL scorm_cmi_answers(a."cmi") x
WHERE a."commitSeq" > 0;
SELECT set_config('app.platform', '', true);
