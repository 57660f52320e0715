CREATE TABLE "analysis_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"bureau_id" uuid NOT NULL,
	"sealed_name" text NOT NULL,
	"sealed_text" text NOT NULL,
	"sealed_memo" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_memos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"bureau_id" uuid NOT NULL,
	"sealed_name" text NOT NULL,
	"sealed_text" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_set_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"code_id" uuid,
	"document_id" uuid,
	"zone_id" uuid NOT NULL,
	CONSTRAINT "analysis_set_members_one" CHECK (num_nonnulls("analysis_set_members"."code_id", "analysis_set_members"."document_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "analysis_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"bureau_id" uuid NOT NULL,
	"sealed_name" text NOT NULL,
	"sealed_description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exchange_ids" (
	"bureau_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"guid_key" text NOT NULL,
	"guid" text NOT NULL,
	"row_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_ids_bureau_id_kind_guid_key_pk" PRIMARY KEY("bureau_id","kind","guid_key")
);
--> statement-breakpoint
ALTER TABLE "codings" DROP CONSTRAINT "codings_one_source";--> statement-breakpoint
ALTER TABLE "codings" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "analysis_documents" ADD CONSTRAINT "analysis_documents_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_documents" ADD CONSTRAINT "analysis_documents_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_memos" ADD CONSTRAINT "analysis_memos_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_memos" ADD CONSTRAINT "analysis_memos_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_set_members" ADD CONSTRAINT "analysis_set_members_set_id_analysis_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."analysis_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_set_members" ADD CONSTRAINT "analysis_set_members_code_id_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_set_members" ADD CONSTRAINT "analysis_set_members_document_id_analysis_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."analysis_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_set_members" ADD CONSTRAINT "analysis_set_members_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_sets" ADD CONSTRAINT "analysis_sets_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analysis_sets" ADD CONSTRAINT "analysis_sets_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_ids" ADD CONSTRAINT "exchange_ids_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_ids" ADD CONSTRAINT "exchange_ids_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analysis_documents_bureau_idx" ON "analysis_documents" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE INDEX "analysis_memos_bureau_idx" ON "analysis_memos" USING btree ("bureau_id","created_at");--> statement-breakpoint
CREATE INDEX "analysis_set_members_set_idx" ON "analysis_set_members" USING btree ("set_id");--> statement-breakpoint
CREATE INDEX "analysis_sets_bureau_idx" ON "analysis_sets" USING btree ("bureau_id");--> statement-breakpoint
CREATE INDEX "exchange_ids_row_idx" ON "exchange_ids" USING btree ("bureau_id","row_id");--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_document_id_analysis_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."analysis_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "codings_document_idx" ON "codings" USING btree ("document_id");--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_one_source" CHECK (num_nonnulls("codings"."interview_id", "codings"."roundtable_source_id", "codings"."document_id") = 1);