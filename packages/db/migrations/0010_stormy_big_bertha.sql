ALTER TABLE "survey_answer_counts" DROP CONSTRAINT "survey_answer_counts_survey_id_phase_district_question_id_answer_pk";--> statement-breakpoint
ALTER TABLE "survey_stats" DROP CONSTRAINT "survey_stats_survey_id_phase_quarter_district_pk";--> statement-breakpoint
ALTER TABLE "survey_answer_counts" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_stats" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answer_counts" ADD CONSTRAINT "survey_answer_counts_survey_id_phase_district_question_id_answer_shard_pk" PRIMARY KEY("survey_id","phase","district","question_id","answer","shard");--> statement-breakpoint
ALTER TABLE "survey_stats" ADD CONSTRAINT "survey_stats_survey_id_phase_quarter_district_shard_pk" PRIMARY KEY("survey_id","phase","quarter","district","shard");
