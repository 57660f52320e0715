CREATE TABLE "analysis_roundtables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"bureau_id" uuid NOT NULL,
	"roundtable_id" uuid NOT NULL,
	"pseudonym" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_roundtables_bureau_roundtable" UNIQUE("bureau_id","roundtable_id"),
	CONSTRAINT "analysis_roundtables_bureau_pseudonym" UNIQUE("bureau_id","pseudonym")
);
--> statement-breakpoint
ALTER TABLE "codings" ALTER COLUMN "interview_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "codings" ADD COLUMN "roundtable_source_id" uuid;--> statement-breakpoint
ALTER TABLE "analysis_roundtables" ADD CONSTRAINT "analysis_roundtables_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_roundtables" ADD CONSTRAINT "analysis_roundtables_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_roundtables" ADD CONSTRAINT "analysis_roundtables_roundtable_id_roundtables_id_fk" FOREIGN KEY ("roundtable_id") REFERENCES "public"."roundtables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_roundtable_source_id_analysis_roundtables_id_fk" FOREIGN KEY ("roundtable_source_id") REFERENCES "public"."analysis_roundtables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "codings_roundtable_source_idx" ON "codings" USING btree ("roundtable_source_id");--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_one_source" CHECK (num_nonnulls("codings"."interview_id", "codings"."roundtable_source_id") = 1);