CREATE TABLE "vault_generations" (
	"bureau_id" uuid NOT NULL,
	"generation" integer NOT NULL,
	"zone_id" uuid NOT NULL,
	"wrapped_previous" text NOT NULL,
	"previous_sealed_private_key" text NOT NULL,
	CONSTRAINT "vault_generations_bureau_id_generation_pk" PRIMARY KEY("bureau_id","generation")
);
--> statement-breakpoint
CREATE TABLE "vault_grants" (
	"bureau_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"generation" integer NOT NULL,
	"zone_id" uuid NOT NULL,
	"sealed_key" text NOT NULL,
	CONSTRAINT "vault_grants_bureau_id_user_id_generation_pk" PRIMARY KEY("bureau_id","user_id","generation")
);
--> statement-breakpoint
ALTER TABLE "vault_enrolments" ADD COLUMN "generation" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vault_keys" ADD COLUMN "generation" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vault_keys" ADD COLUMN "researcher_public_key" text;--> statement-breakpoint
ALTER TABLE "vault_keys" ADD COLUMN "wrapped_private_key" text;--> statement-breakpoint
ALTER TABLE "vaults" ADD COLUMN "generation" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vaults" ADD COLUMN "renewal_due" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "vault_generations" ADD CONSTRAINT "vault_generations_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_generations" ADD CONSTRAINT "vault_generations_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_grants" ADD CONSTRAINT "vault_grants_bureau_id_bureaus_id_fk" FOREIGN KEY ("bureau_id") REFERENCES "public"."bureaus"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_grants" ADD CONSTRAINT "vault_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vault_grants" ADD CONSTRAINT "vault_grants_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;