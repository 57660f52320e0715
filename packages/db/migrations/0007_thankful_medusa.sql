CREATE TABLE "survey_answer_counts" (
	"survey_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"district" text NOT NULL,
	"question_id" text NOT NULL,
	"answer" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "survey_answer_counts_survey_id_phase_district_question_id_answer_pk" PRIMARY KEY("survey_id","phase","district","question_id","answer")
);
--> statement-breakpoint
CREATE TABLE "survey_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_device_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"survey_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_free_texts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"day" date NOT NULL,
	"district" text,
	"answers" jsonb NOT NULL,
	"trust_index" double precision
);
--> statement-breakpoint
CREATE TABLE "survey_stats" (
	"zone_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"quarter" text NOT NULL,
	"district" text NOT NULL,
	"responses" integer NOT NULL,
	"n" integer NOT NULL,
	"sum" double precision NOT NULL,
	"sum_sq" double precision NOT NULL,
	CONSTRAINT "survey_stats_survey_id_phase_quarter_district_pk" PRIMARY KEY("survey_id","phase","quarter","district")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"kind" text NOT NULL,
	"activity_id" uuid,
	"initiative_id" uuid,
	"target_group" text,
	"district" text,
	"baseline" boolean DEFAULT false NOT NULL,
	"ask_district" boolean DEFAULT false NOT NULL,
	"access" text DEFAULT 'device' NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"definition" jsonb NOT NULL,
	"public_id" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_answer_counts" ADD CONSTRAINT "survey_answer_counts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_codes" ADD CONSTRAINT "survey_codes_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_device_tokens" ADD CONSTRAINT "survey_device_tokens_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_free_texts" ADD CONSTRAINT "survey_free_texts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_free_texts" ADD CONSTRAINT "survey_free_texts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_stats" ADD CONSTRAINT "survey_stats_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_codes_survey_idx" ON "survey_codes" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "survey_device_tokens_survey_idx" ON "survey_device_tokens" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "survey_free_texts_survey_idx" ON "survey_free_texts" USING btree ("survey_id","question_id");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","phase");--> statement-breakpoint
CREATE INDEX "survey_stats_zone_idx" ON "survey_stats" USING btree ("zone_id","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_id_unique" ON "surveys" USING btree ("public_id");--> statement-breakpoint
CREATE INDEX "surveys_zone_idx" ON "surveys" USING btree ("zone_id","created_at");--> statement-breakpoint
CREATE INDEX "surveys_initiative_idx" ON "surveys" USING btree ("initiative_id");