-- The session check on every request in one statement and one round trip: the signed-in user's state and
-- home tenant, read with the platform setting local to this statement's transaction (like asPlatform).
CREATE FUNCTION session_user_state(user_id uuid)
RETURNS TABLE ("id" uuid, "username" text, "firstName" text, "lastName" text, "locale" text, "roles" text[], "status" text,
  "sessionVersion" integer, "tenantId" uuid, "tenantKind" text, "tenantRegion" text, "tenantCountryCode" text)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE previous text := current_setting('app.platform', true);
BEGIN
  PERFORM set_config('app.platform', 'on', true);
  RETURN QUERY
    SELECT u."id", u."username", u."firstName", u."lastName", u."locale", u."roles"::text[], u."status"::text, u."sessionVersion",
      t."id", t."kind"::text, t."region"::text, t."countryCode"::text
    FROM "User" u JOIN "Tenant" t ON t."id" = u."tenantId"
    WHERE u."id" = user_id;
  PERFORM set_config('app.platform', coalesce(previous, ''), true);
END
$$;
