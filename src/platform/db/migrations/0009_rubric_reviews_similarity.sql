CREATE TABLE "exercise_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_similarities" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"exercise_id" text NOT NULL,
	"candidate_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"hashes" integer[] NOT NULL,
	"fingerprint_count" integer NOT NULL,
	"files" jsonb NOT NULL,
	"match_submission_id" uuid,
	"match_score" real,
	"matching_files" jsonb,
	"flagged" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"brief" text NOT NULL,
	"check_source" text NOT NULL,
	"check_definition" jsonb NOT NULL,
	"starter_file_id" uuid,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exercise_reviews" ADD CONSTRAINT "exercise_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_reviews" ADD CONSTRAINT "exercise_reviews_submission_id_exercise_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."exercise_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_reviews" ADD CONSTRAINT "exercise_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_similarities" ADD CONSTRAINT "exercise_similarities_submission_id_exercise_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."exercise_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_similarities" ADD CONSTRAINT "exercise_similarities_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_similarities" ADD CONSTRAINT "exercise_similarities_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_similarities" ADD CONSTRAINT "exercise_similarities_match_submission_id_exercise_submissions_id_fk" FOREIGN KEY ("match_submission_id") REFERENCES "public"."exercise_submissions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD CONSTRAINT "org_exercises_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD CONSTRAINT "org_exercises_starter_file_id_stored_files_id_fk" FOREIGN KEY ("starter_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_exercises" ADD CONSTRAINT "org_exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_reviews_reviewer_unique" ON "exercise_reviews" USING btree ("submission_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "exercise_reviews_submission_idx" ON "exercise_reviews" USING btree ("org_id","submission_id");--> statement-breakpoint
CREATE INDEX "exercise_similarities_exercise_idx" ON "exercise_similarities" USING btree ("org_id","exercise_id");--> statement-breakpoint
CREATE INDEX "exercise_similarities_hashes_idx" ON "exercise_similarities" USING gin ("hashes") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "org_exercises_org_idx" ON "org_exercises" USING btree ("org_id","archived_at");