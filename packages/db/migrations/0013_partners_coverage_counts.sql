-- Coverage counts kept by statement-level triggers with transition tables: one grouped upsert per
-- statement, so a 10,000-row import costs a few statements, not 10,000 trigger calls.
CREATE OR REPLACE FUNCTION brug_organisations_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO organisation_counts AS c (zone_id, focus_areas, districts, n)
      SELECT o.zone_id, o.focus_areas, o.districts, -count(*)::int FROM old_rows o
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (zone_id, focus_areas, districts) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO organisation_counts AS c (zone_id, focus_areas, districts, n)
      SELECT o.zone_id, o.focus_areas, o.districts, count(*)::int FROM new_rows o
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (zone_id, focus_areas, districts) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- The statuses carry the organisation's focus areas and districts; their own trigger moves the counts.
    UPDATE relationship_statuses rs SET focus_areas = n.focus_areas, districts = n.districts
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE rs.organisation_id = n.id
        AND (o.focus_areas IS DISTINCT FROM n.focus_areas OR o.districts IS DISTINCT FROM n.districts);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER organisations_counts_insert AFTER INSERT ON organisations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION brug_organisations_counts();
--> statement-breakpoint
CREATE TRIGGER organisations_counts_update AFTER UPDATE ON organisations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION brug_organisations_counts();
--> statement-breakpoint
CREATE TRIGGER organisations_counts_delete AFTER DELETE ON organisations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION brug_organisations_counts();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION brug_relationship_status_copy() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT o.focus_areas, o.districts INTO NEW.focus_areas, NEW.districts
    FROM organisations o WHERE o.id = NEW.organisation_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER relationship_statuses_copy BEFORE INSERT ON relationship_statuses
  FOR EACH ROW EXECUTE FUNCTION brug_relationship_status_copy();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION brug_relationship_status_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO relationship_status_counts AS c (zone_id, programme_id, focus_areas, districts, status, n)
      SELECT r.zone_id, r.programme_id, r.focus_areas, r.districts, r.status, -count(*)::int FROM old_rows r
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
    ON CONFLICT (programme_id, focus_areas, districts, status) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO relationship_status_counts AS c (zone_id, programme_id, focus_areas, districts, status, n)
      SELECT r.zone_id, r.programme_id, r.focus_areas, r.districts, r.status, count(*)::int FROM new_rows r
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 2, 3, 4, 5
    ON CONFLICT (programme_id, focus_areas, districts, status) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER relationship_statuses_counts_insert AFTER INSERT ON relationship_statuses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION brug_relationship_status_counts();
--> statement-breakpoint
CREATE TRIGGER relationship_statuses_counts_update AFTER UPDATE ON relationship_statuses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION brug_relationship_status_counts();
--> statement-breakpoint
CREATE TRIGGER relationship_statuses_counts_delete AFTER DELETE ON relationship_statuses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION brug_relationship_status_counts();
--> statement-breakpoint
UPDATE relationship_statuses rs SET focus_areas = o.focus_areas, districts = o.districts
  FROM organisations o WHERE o.id = rs.organisation_id;
--> statement-breakpoint
DELETE FROM relationship_status_counts;
--> statement-breakpoint
INSERT INTO relationship_status_counts (zone_id, programme_id, focus_areas, districts, status, n)
  SELECT zone_id, programme_id, focus_areas, districts, status, count(*)::int
  FROM relationship_statuses GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO organisation_counts (zone_id, focus_areas, districts, n)
  SELECT zone_id, focus_areas, districts, count(*)::int FROM organisations GROUP BY 1, 2, 3;
