DROP INDEX "candidates_org_github_idx";--> statement-breakpoint
CREATE INDEX "candidates_emails_idx" ON "candidates" USING gin ("emails") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "candidates_phones_idx" ON "candidates" USING gin ("phones") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "candidates_org_github_idx" ON "candidates" USING btree ("org_id",lower("links"->>'github'));