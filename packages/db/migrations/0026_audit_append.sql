-- Appends one entry to the audit chain in one statement: the installation-wide lock, the head and the
-- insert. The chain's lock is held from here to the commit of the change it records; in three
-- statements it was also held while the app server's event loop came back to each answer, so under
-- load every write waited for the writes before it to cross that loop three times.
-- Each statement of a volatile PL/pgSQL function sees what committed before it began (READ
-- COMMITTED), so the head read after the lock is the newest. The hash is the one hashAuditEntry
-- computes: sha256 of the previous hash followed by the canonical JSON array of the entry, whose
-- tail (every field after the id) the app server writes.
CREATE OR REPLACE FUNCTION brug_audit_append(
  p_zone_id uuid,
  p_at timestamptz,
  p_actor_id uuid,
  p_actor_email text,
  p_action text,
  p_target_type text,
  p_target_id text,
  p_details jsonb,
  p_scope text,
  p_canonical_tail text
) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  head_id bigint;
  head_hash text;
  new_id bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(727001);
  SELECT id, hash INTO head_id, head_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  new_id := coalesce(head_id, 0) + 1;
  head_hash := coalesce(head_hash, repeat('0', 64));
  INSERT INTO audit_log (id, zone_id, at, actor_id, actor_email, action, target_type, target_id, details, scope, prev_hash, hash)
  VALUES (
    new_id, p_zone_id, p_at, p_actor_id, p_actor_email, p_action, p_target_type, p_target_id, p_details, p_scope,
    head_hash,
    encode(sha256(convert_to(head_hash || '[' || new_id::text || ',' || p_canonical_tail, 'UTF8')), 'hex')
  );
  RETURN new_id;
END
$$;
