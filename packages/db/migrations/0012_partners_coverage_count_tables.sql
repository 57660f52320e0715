CREATE TABLE "organisation_counts" (
	"zone_id" uuid NOT NULL,
	"focus_areas" text[] NOT NULL,
	"districts" text[] NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "organisation_counts_zone_id_focus_areas_districts_pk" PRIMARY KEY("zone_id","focus_areas","districts")
);
--> statement-breakpoint
CREATE TABLE "relationship_status_counts" (
	"zone_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"focus_areas" text[] NOT NULL,
	"districts" text[] NOT NULL,
	"status" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "relationship_status_counts_programme_id_focus_areas_districts_status_pk" PRIMARY KEY("programme_id","focus_areas","districts","status")
);
--> statement-breakpoint
ALTER TABLE "relationship_statuses" ADD COLUMN "focus_areas" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "relationship_statuses" ADD COLUMN "districts" text[] DEFAULT '{}'::text[] NOT NULL;