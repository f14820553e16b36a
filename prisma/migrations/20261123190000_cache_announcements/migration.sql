-- Server processes keep some per-user state in memory while they listen on the channel clikc_cache
-- (lib/db/cache-announcements.ts): a signed-in user's session state and their count of unread alerts. The
-- database announces every change to that state on commit, whichever code or person made it, so every process
-- forgets it at once: a suspension, a new password or a changed role applies from the next request.
-- Arguments: the cache's name, then the column holding the key (none: the whole cache).
CREATE FUNCTION announce_cache_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
BEGIN
  IF TG_NARGS < 2 THEN
    PERFORM pg_notify('clikc_cache', json_build_array(TG_ARGV[0], '')::text);
  ELSE
    changed := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    PERFORM pg_notify('clikc_cache', json_build_array(TG_ARGV[0], changed ->> TG_ARGV[1])::text);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "User_announce_session_state"
  AFTER UPDATE OF "username", "firstName", "lastName", "locale", "roles", "status", "sessionVersion", "tenantId" OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION announce_cache_change('session-user', 'id');

-- A tenant's kind, region or country is part of each of its users' session state.
CREATE TRIGGER "Tenant_announce_session_state"
  AFTER UPDATE OF "kind", "region", "countryCode" ON "Tenant"
  FOR EACH STATEMENT EXECUTE FUNCTION announce_cache_change('session-user');

CREATE TRIGGER "Alert_announce_unread_count"
  AFTER INSERT OR UPDATE OF "readAt", "userId" OR DELETE ON "Alert"
  FOR EACH ROW EXECUTE FUNCTION announce_cache_change('unread-alerts', 'userId');
