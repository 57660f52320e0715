CREATE TABLE "password_resets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"requested_by_id" uuid,
	"requested_address" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"pending_password_hash" text,
	"confirmed_by_id" uuid,
	"confirm_before" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"notice_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "purpose" text;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "mail_messages" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_resets_user_idx" ON "password_resets" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "password_resets_token_idx" ON "password_resets" USING btree ("token_hash");--> statement-breakpoint
-- Mail written before links were sealed kept them readable: redact every link that carries a token.
UPDATE "mail_messages" SET "text" = regexp_replace("text", 'https?://[^[:space:]]*[?&]token=[^[:space:]]*', '[link removed]', 'g') WHERE "text" ~ '[?&]token=';
