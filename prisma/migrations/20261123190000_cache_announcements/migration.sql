-- Server processes keep each signed-in user's session state in memory while they listen on the channel
-- clikc_cache (lib/auth/session-user-cache.ts). The database announces every change to that state on commit,
-- whichever code or person made it, so every process forgets the user at once: a suspension, a new password
-- or a changed role applies from the next request.
CREATE FUNCTION announce_session_user_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'User' THEN
    PERFORM pg_notify('clikc_cache', json_build_array('session-user', OLD."id"::text)::text);
  ELSE
    PERFORM pg_notify('clikc_cache', json_build_array('session-user', '')::text); -- a tenant's users: all of them
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_session_state_changed"
  AFTER UPDATE OF "username", "firstName", "lastName", "locale", "roles", "status", "sessionVersion", "tenantId" OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION announce_session_user_change();

CREATE TRIGGER "Tenant_session_state_changed"
  AFTER UPDATE OF "kind", "region", "countryCode" ON "Tenant"
  FOR EACH STATEMENT EXECUTE FUNCTION announce_session_user_change();
