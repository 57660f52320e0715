ALTER TABLE "interviews" DROP CONSTRAINT "interviews_created_by_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "interviews" ALTER COLUMN "created_at" SET DEFAULT date_trunc('day', now(), 'UTC');--> statement-breakpoint
ALTER TABLE "interviews" ALTER COLUMN "updated_at" SET DEFAULT date_trunc('day', now(), 'UTC');--> statement-breakpoint
ALTER TABLE "interviews" DROP COLUMN "created_by_id";--> statement-breakpoint
UPDATE "interviews" SET "created_at" = date_trunc('day', "created_at", 'UTC'), "updated_at" = date_trunc('day', "updated_at", 'UTC'), "withdrawn_at" = date_trunc('day', "withdrawn_at", 'UTC');
