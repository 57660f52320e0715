-- Audit entries are chained as their transaction commits. The app server inserts each into
-- audit_pending; a deferred trigger appends it to audit_log (brug_audit_append, migration 0026: the
-- installation-wide lock, the head, the insert with its hash) and removes it. The chain's lock is so
-- held for the commit alone: appended by the app server, it was also held while the event loop came
-- back to the answer to send the commit, and under load every write waited for the writes before it.
-- Several entries of one transaction are chained in the order they were inserted.
CREATE TABLE "audit_pending" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"zone_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"scope" text DEFAULT 'zone' NOT NULL,
	"canonical_tail" text NOT NULL
);
--> statement-breakpoint
CREATE FUNCTION brug_audit_chain_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM brug_audit_append(NEW.zone_id, NEW.at, NEW.actor_id, NEW.actor_email, NEW.action, NEW.target_type,
    NEW.target_id, NEW.details, NEW.scope, NEW.canonical_tail);
  DELETE FROM audit_pending WHERE seq = NEW.seq;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_pending_chain AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION brug_audit_chain_pending();
