import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_editorial_state_idx\` ON \`articles\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_writer_idx\` ON \`articles\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_approval_approval_organisation_idx\` ON \`articles\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_approval_approval_referent_idx\` ON \`articles\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_editorial_state_idx\` ON \`_articles_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_writer_idx\` ON \`_articles_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approval_version_approval_organisati_idx\` ON \`_articles_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_approval_version_approval_referent_idx\` ON \`_articles_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`hospitals_editorial_state_idx\` ON \`hospitals\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_writer_idx\` ON \`hospitals\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_review_due_at_idx\` ON \`hospitals\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_approval_approval_organisation_idx\` ON \`hospitals\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_approval_approval_referent_idx\` ON \`hospitals\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_editorial_state_idx\` ON \`_hospitals_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_writer_idx\` ON \`_hospitals_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_review_due_at_idx\` ON \`_hospitals_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_approval_version_approval_organisat_idx\` ON \`_hospitals_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_approval_version_approval_referent_idx\` ON \`_hospitals_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`mutualities_editorial_state_idx\` ON \`mutualities\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_writer_idx\` ON \`mutualities\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_review_due_at_idx\` ON \`mutualities\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_approval_approval_organisation_idx\` ON \`mutualities\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_approval_approval_referent_idx\` ON \`mutualities\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_editorial_state_idx\` ON \`_mutualities_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_writer_idx\` ON \`_mutualities_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_review_due_at_idx\` ON \`_mutualities_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_approval_version_approval_organis_idx\` ON \`_mutualities_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_approval_version_approval_referen_idx\` ON \`_mutualities_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`agenda_editorial_state_idx\` ON \`agenda\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`agenda_writer_idx\` ON \`agenda\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_review_due_at_idx\` ON \`agenda\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_approval_approval_organisation_idx\` ON \`agenda\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_approval_approval_referent_idx\` ON \`agenda\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_editorial_state_idx\` ON \`_agenda_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_writer_idx\` ON \`_agenda_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_review_due_at_idx\` ON \`_agenda_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_approval_version_approval_organisation_idx\` ON \`_agenda_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_approval_version_approval_referent_idx\` ON \`_agenda_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`faq_editorial_state_idx\` ON \`faq\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`faq_writer_idx\` ON \`faq\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_review_due_at_idx\` ON \`faq\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`faq_approval_approval_organisation_idx\` ON \`faq\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_approval_approval_referent_idx\` ON \`faq\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_editorial_state_idx\` ON \`_faq_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_writer_idx\` ON \`_faq_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_review_due_at_idx\` ON \`_faq_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_approval_version_approval_organisation_idx\` ON \`_faq_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_approval_version_approval_referent_idx\` ON \`_faq_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`projects_editorial_state_idx\` ON \`projects\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`projects_writer_idx\` ON \`projects\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_review_due_at_idx\` ON \`projects\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_approval_approval_organisation_idx\` ON \`projects\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_approval_approval_referent_idx\` ON \`projects\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_editorial_state_idx\` ON \`_projects_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_writer_idx\` ON \`_projects_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_review_due_at_idx\` ON \`_projects_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_approval_version_approval_organisati_idx\` ON \`_projects_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_approval_version_approval_referent_idx\` ON \`_projects_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`tools_editorial_state_idx\` ON \`tools\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`tools_writer_idx\` ON \`tools\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_review_due_at_idx\` ON \`tools\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_approval_approval_organisation_idx\` ON \`tools\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`tools_approval_approval_referent_idx\` ON \`tools\` (\`approval_referent_id\`);`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_editorial_state\` text DEFAULT 'writing';`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_writer_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_approval_organisation_id\` integer REFERENCES referent_organisations(id);`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_approval_referent_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_approval_approved_at\` text;`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_editorial_state_idx\` ON \`_tools_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_writer_idx\` ON \`_tools_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_review_due_at_idx\` ON \`_tools_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_approval_version_approval_organisation_idx\` ON \`_tools_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_approval_version_approval_referent_idx\` ON \`_tools_v\` (\`version_approval_referent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'news',
  	\`published_at\` text,
  	\`seo_image_id\` integer,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "kind", "published_at", "seo_image_id", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "kind", "published_at", "seo_image_id", "is_demo", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_seo_seo_image_idx\` ON \`articles\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'news',
  	\`version_published_at\` text,
  	\`version_seo_image_id\` integer,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_kind", "version_published_at", "version_seo_image_id", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_published_at", "version_seo_image_id", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_seo_version_seo_image_idx\` ON \`_articles_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_hospitals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`network\` text,
  	\`address_postcode\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`coordinates_latitude\` numeric,
  	\`coordinates_longitude\` numeric,
  	\`description_validation_validated_at\` text,
  	\`description_validation_validated_by\` text,
  	\`access_validation_validated_at\` text,
  	\`access_validation_validated_by\` text,
  	\`maternity_validation_validated_at\` text,
  	\`maternity_validation_validated_by\` text,
  	\`neonatology_validation_validated_at\` text,
  	\`neonatology_validation_validated_by\` text,
  	\`paediatric_emergencies_validation_validated_at\` text,
  	\`paediatric_emergencies_validation_validated_by\` text,
  	\`paediatrics_validation_validated_at\` text,
  	\`paediatrics_validation_validated_by\` text,
  	\`general_services_validation_validated_at\` text,
  	\`general_services_validation_validated_by\` text,
  	\`financial_service_validation_validated_at\` text,
  	\`financial_service_validation_validated_by\` text,
  	\`child_psychiatry_validation_validated_at\` text,
  	\`child_psychiatry_validation_validated_by\` text,
  	\`hospital_school_validation_validated_at\` text,
  	\`hospital_school_validation_validated_by\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_hospitals\`("id", "network", "address_postcode", "phone", "email", "website", "coordinates_latitude", "coordinates_longitude", "description_validation_validated_at", "description_validation_validated_by", "access_validation_validated_at", "access_validation_validated_by", "maternity_validation_validated_at", "maternity_validation_validated_by", "neonatology_validation_validated_at", "neonatology_validation_validated_by", "paediatric_emergencies_validation_validated_at", "paediatric_emergencies_validation_validated_by", "paediatrics_validation_validated_at", "paediatrics_validation_validated_by", "general_services_validation_validated_at", "general_services_validation_validated_by", "financial_service_validation_validated_at", "financial_service_validation_validated_by", "child_psychiatry_validation_validated_at", "child_psychiatry_validation_validated_by", "hospital_school_validation_validated_at", "hospital_school_validation_validated_by", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "network", "address_postcode", "phone", "email", "website", "coordinates_latitude", "coordinates_longitude", "description_validation_validated_at", "description_validation_validated_by", "access_validation_validated_at", "access_validation_validated_by", "maternity_validation_validated_at", "maternity_validation_validated_by", "neonatology_validation_validated_at", "neonatology_validation_validated_by", "paediatric_emergencies_validation_validated_at", "paediatric_emergencies_validation_validated_by", "paediatrics_validation_validated_at", "paediatrics_validation_validated_by", "general_services_validation_validated_at", "general_services_validation_validated_by", "financial_service_validation_validated_at", "financial_service_validation_validated_by", "child_psychiatry_validation_validated_at", "child_psychiatry_validation_validated_by", "hospital_school_validation_validated_at", "hospital_school_validation_validated_by", "is_demo", "updated_at", "created_at", "_status" FROM \`hospitals\`;`)
  await db.run(sql`DROP TABLE \`hospitals\`;`)
  await db.run(sql`ALTER TABLE \`__new_hospitals\` RENAME TO \`hospitals\`;`)
  await db.run(sql`CREATE INDEX \`hospitals_updated_at_idx\` ON \`hospitals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_created_at_idx\` ON \`hospitals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hospitals__status_idx\` ON \`hospitals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__hospitals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_network\` text,
  	\`version_address_postcode\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_coordinates_latitude\` numeric,
  	\`version_coordinates_longitude\` numeric,
  	\`version_description_validation_validated_at\` text,
  	\`version_description_validation_validated_by\` text,
  	\`version_access_validation_validated_at\` text,
  	\`version_access_validation_validated_by\` text,
  	\`version_maternity_validation_validated_at\` text,
  	\`version_maternity_validation_validated_by\` text,
  	\`version_neonatology_validation_validated_at\` text,
  	\`version_neonatology_validation_validated_by\` text,
  	\`version_paediatric_emergencies_validation_validated_at\` text,
  	\`version_paediatric_emergencies_validation_validated_by\` text,
  	\`version_paediatrics_validation_validated_at\` text,
  	\`version_paediatrics_validation_validated_by\` text,
  	\`version_general_services_validation_validated_at\` text,
  	\`version_general_services_validation_validated_by\` text,
  	\`version_financial_service_validation_validated_at\` text,
  	\`version_financial_service_validation_validated_by\` text,
  	\`version_child_psychiatry_validation_validated_at\` text,
  	\`version_child_psychiatry_validation_validated_by\` text,
  	\`version_hospital_school_validation_validated_at\` text,
  	\`version_hospital_school_validation_validated_by\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__hospitals_v\`("id", "parent_id", "version_network", "version_address_postcode", "version_phone", "version_email", "version_website", "version_coordinates_latitude", "version_coordinates_longitude", "version_description_validation_validated_at", "version_description_validation_validated_by", "version_access_validation_validated_at", "version_access_validation_validated_by", "version_maternity_validation_validated_at", "version_maternity_validation_validated_by", "version_neonatology_validation_validated_at", "version_neonatology_validation_validated_by", "version_paediatric_emergencies_validation_validated_at", "version_paediatric_emergencies_validation_validated_by", "version_paediatrics_validation_validated_at", "version_paediatrics_validation_validated_by", "version_general_services_validation_validated_at", "version_general_services_validation_validated_by", "version_financial_service_validation_validated_at", "version_financial_service_validation_validated_by", "version_child_psychiatry_validation_validated_at", "version_child_psychiatry_validation_validated_by", "version_hospital_school_validation_validated_at", "version_hospital_school_validation_validated_by", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_network", "version_address_postcode", "version_phone", "version_email", "version_website", "version_coordinates_latitude", "version_coordinates_longitude", "version_description_validation_validated_at", "version_description_validation_validated_by", "version_access_validation_validated_at", "version_access_validation_validated_by", "version_maternity_validation_validated_at", "version_maternity_validation_validated_by", "version_neonatology_validation_validated_at", "version_neonatology_validation_validated_by", "version_paediatric_emergencies_validation_validated_at", "version_paediatric_emergencies_validation_validated_by", "version_paediatrics_validation_validated_at", "version_paediatrics_validation_validated_by", "version_general_services_validation_validated_at", "version_general_services_validation_validated_by", "version_financial_service_validation_validated_at", "version_financial_service_validation_validated_by", "version_child_psychiatry_validation_validated_at", "version_child_psychiatry_validation_validated_by", "version_hospital_school_validation_validated_at", "version_hospital_school_validation_validated_by", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_hospitals_v\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__hospitals_v\` RENAME TO \`_hospitals_v\`;`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_parent_idx\` ON \`_hospitals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_updated_at_idx\` ON \`_hospitals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version_created_at_idx\` ON \`_hospitals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_version__status_idx\` ON \`_hospitals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_created_at_idx\` ON \`_hospitals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_updated_at_idx\` ON \`_hospitals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_snapshot_idx\` ON \`_hospitals_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_published_locale_idx\` ON \`_hospitals_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_latest_idx\` ON \`_hospitals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_mutualities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`union\` text,
  	\`address_postcode\` text,
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`coordinates_latitude\` numeric,
  	\`coordinates_longitude\` numeric,
  	\`hospitalisation_validation_validated_at\` text,
  	\`hospitalisation_validation_validated_by\` text,
  	\`serious_illness_validation_validated_at\` text,
  	\`serious_illness_validation_validated_by\` text,
  	\`home_care_validation_validated_at\` text,
  	\`home_care_validation_validated_by\` text,
  	\`disability_validation_validated_at\` text,
  	\`disability_validation_validated_by\` text,
  	\`equipment_loan_validation_validated_at\` text,
  	\`equipment_loan_validation_validated_by\` text,
  	\`reimbursements_validation_validated_at\` text,
  	\`reimbursements_validation_validated_by\` text,
  	\`social_service_validation_validated_at\` text,
  	\`social_service_validation_validated_by\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_mutualities\`("id", "union", "address_postcode", "phone", "email", "website", "coordinates_latitude", "coordinates_longitude", "hospitalisation_validation_validated_at", "hospitalisation_validation_validated_by", "serious_illness_validation_validated_at", "serious_illness_validation_validated_by", "home_care_validation_validated_at", "home_care_validation_validated_by", "disability_validation_validated_at", "disability_validation_validated_by", "equipment_loan_validation_validated_at", "equipment_loan_validation_validated_by", "reimbursements_validation_validated_at", "reimbursements_validation_validated_by", "social_service_validation_validated_at", "social_service_validation_validated_by", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "union", "address_postcode", "phone", "email", "website", "coordinates_latitude", "coordinates_longitude", "hospitalisation_validation_validated_at", "hospitalisation_validation_validated_by", "serious_illness_validation_validated_at", "serious_illness_validation_validated_by", "home_care_validation_validated_at", "home_care_validation_validated_by", "disability_validation_validated_at", "disability_validation_validated_by", "equipment_loan_validation_validated_at", "equipment_loan_validation_validated_by", "reimbursements_validation_validated_at", "reimbursements_validation_validated_by", "social_service_validation_validated_at", "social_service_validation_validated_by", "is_demo", "updated_at", "created_at", "_status" FROM \`mutualities\`;`)
  await db.run(sql`DROP TABLE \`mutualities\`;`)
  await db.run(sql`ALTER TABLE \`__new_mutualities\` RENAME TO \`mutualities\`;`)
  await db.run(sql`CREATE INDEX \`mutualities_union_idx\` ON \`mutualities\` (\`union\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_updated_at_idx\` ON \`mutualities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_created_at_idx\` ON \`mutualities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`mutualities__status_idx\` ON \`mutualities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__mutualities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_union\` text,
  	\`version_address_postcode\` text,
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_coordinates_latitude\` numeric,
  	\`version_coordinates_longitude\` numeric,
  	\`version_hospitalisation_validation_validated_at\` text,
  	\`version_hospitalisation_validation_validated_by\` text,
  	\`version_serious_illness_validation_validated_at\` text,
  	\`version_serious_illness_validation_validated_by\` text,
  	\`version_home_care_validation_validated_at\` text,
  	\`version_home_care_validation_validated_by\` text,
  	\`version_disability_validation_validated_at\` text,
  	\`version_disability_validation_validated_by\` text,
  	\`version_equipment_loan_validation_validated_at\` text,
  	\`version_equipment_loan_validation_validated_by\` text,
  	\`version_reimbursements_validation_validated_at\` text,
  	\`version_reimbursements_validation_validated_by\` text,
  	\`version_social_service_validation_validated_at\` text,
  	\`version_social_service_validation_validated_by\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__mutualities_v\`("id", "parent_id", "version_union", "version_address_postcode", "version_phone", "version_email", "version_website", "version_coordinates_latitude", "version_coordinates_longitude", "version_hospitalisation_validation_validated_at", "version_hospitalisation_validation_validated_by", "version_serious_illness_validation_validated_at", "version_serious_illness_validation_validated_by", "version_home_care_validation_validated_at", "version_home_care_validation_validated_by", "version_disability_validation_validated_at", "version_disability_validation_validated_by", "version_equipment_loan_validation_validated_at", "version_equipment_loan_validation_validated_by", "version_reimbursements_validation_validated_at", "version_reimbursements_validation_validated_by", "version_social_service_validation_validated_at", "version_social_service_validation_validated_by", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_union", "version_address_postcode", "version_phone", "version_email", "version_website", "version_coordinates_latitude", "version_coordinates_longitude", "version_hospitalisation_validation_validated_at", "version_hospitalisation_validation_validated_by", "version_serious_illness_validation_validated_at", "version_serious_illness_validation_validated_by", "version_home_care_validation_validated_at", "version_home_care_validation_validated_by", "version_disability_validation_validated_at", "version_disability_validation_validated_by", "version_equipment_loan_validation_validated_at", "version_equipment_loan_validation_validated_by", "version_reimbursements_validation_validated_at", "version_reimbursements_validation_validated_by", "version_social_service_validation_validated_at", "version_social_service_validation_validated_by", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_mutualities_v\`;`)
  await db.run(sql`DROP TABLE \`_mutualities_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__mutualities_v\` RENAME TO \`_mutualities_v\`;`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_parent_idx\` ON \`_mutualities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_union_idx\` ON \`_mutualities_v\` (\`version_union\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_updated_at_idx\` ON \`_mutualities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version_created_at_idx\` ON \`_mutualities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_version__status_idx\` ON \`_mutualities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_created_at_idx\` ON \`_mutualities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_updated_at_idx\` ON \`_mutualities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_snapshot_idx\` ON \`_mutualities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_published_locale_idx\` ON \`_mutualities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_latest_idx\` ON \`_mutualities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_agenda\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'event',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`all_day\` integer DEFAULT false,
  	\`online_url\` text,
  	\`organiser\` text,
  	\`registration_url\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_agenda\`("id", "kind", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "online_url", "organiser", "registration_url", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "kind", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "online_url", "organiser", "registration_url", "is_demo", "updated_at", "created_at", "_status" FROM \`agenda\`;`)
  await db.run(sql`DROP TABLE \`agenda\`;`)
  await db.run(sql`ALTER TABLE \`__new_agenda\` RENAME TO \`agenda\`;`)
  await db.run(sql`CREATE INDEX \`agenda_starts_at_idx\` ON \`agenda\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_updated_at_idx\` ON \`agenda\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_created_at_idx\` ON \`agenda\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda__status_idx\` ON \`agenda\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__agenda_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'event',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_online_url\` text,
  	\`version_organiser\` text,
  	\`version_registration_url\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__agenda_v\`("id", "parent_id", "version_kind", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_all_day", "version_online_url", "version_organiser", "version_registration_url", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_all_day", "version_online_url", "version_organiser", "version_registration_url", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_agenda_v\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__agenda_v\` RENAME TO \`_agenda_v\`;`)
  await db.run(sql`CREATE INDEX \`_agenda_v_parent_idx\` ON \`_agenda_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_starts_at_idx\` ON \`_agenda_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_updated_at_idx\` ON \`_agenda_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version_created_at_idx\` ON \`_agenda_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_version__status_idx\` ON \`_agenda_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_created_at_idx\` ON \`_agenda_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_updated_at_idx\` ON \`_agenda_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_snapshot_idx\` ON \`_agenda_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_published_locale_idx\` ON \`_agenda_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_latest_idx\` ON \`_agenda_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_faq\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`answered_by_id\` integer,
  	\`answered_at\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_faq\`("id", "answered_by_id", "answered_at", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "answered_by_id", "answered_at", "is_demo", "updated_at", "created_at", "_status" FROM \`faq\`;`)
  await db.run(sql`DROP TABLE \`faq\`;`)
  await db.run(sql`ALTER TABLE \`__new_faq\` RENAME TO \`faq\`;`)
  await db.run(sql`CREATE INDEX \`faq_answered_by_idx\` ON \`faq\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`faq_updated_at_idx\` ON \`faq\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faq_created_at_idx\` ON \`faq\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faq__status_idx\` ON \`faq\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__faq_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_answered_by_id\` integer,
  	\`version_answered_at\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_answered_by_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__faq_v\`("id", "parent_id", "version_answered_by_id", "version_answered_at", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_answered_by_id", "version_answered_at", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_faq_v\`;`)
  await db.run(sql`DROP TABLE \`_faq_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__faq_v\` RENAME TO \`_faq_v\`;`)
  await db.run(sql`CREATE INDEX \`_faq_v_parent_idx\` ON \`_faq_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_answered_by_idx\` ON \`_faq_v\` (\`version_answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_updated_at_idx\` ON \`_faq_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version_created_at_idx\` ON \`_faq_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_version__status_idx\` ON \`_faq_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_created_at_idx\` ON \`_faq_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_updated_at_idx\` ON \`_faq_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_snapshot_idx\` ON \`_faq_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_published_locale_idx\` ON \`_faq_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_latest_idx\` ON \`_faq_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`promoter\` text,
  	\`website\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_projects\`("id", "promoter", "website", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "promoter", "website", "is_demo", "updated_at", "created_at", "_status" FROM \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_promoter\` text,
  	\`version_website\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_promoter", "version_website", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_promoter", "version_website", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_tools\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'website',
  	\`url\` text,
  	\`provider\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_tools\`("id", "kind", "url", "provider", "is_demo", "updated_at", "created_at", "_status") SELECT "id", "kind", "url", "provider", "is_demo", "updated_at", "created_at", "_status" FROM \`tools\`;`)
  await db.run(sql`DROP TABLE \`tools\`;`)
  await db.run(sql`ALTER TABLE \`__new_tools\` RENAME TO \`tools\`;`)
  await db.run(sql`CREATE INDEX \`tools_updated_at_idx\` ON \`tools\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tools_created_at_idx\` ON \`tools\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tools__status_idx\` ON \`tools\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__tools_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'website',
  	\`version_url\` text,
  	\`version_provider\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__tools_v\`("id", "parent_id", "version_kind", "version_url", "version_provider", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_kind", "version_url", "version_provider", "version_is_demo", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_tools_v\`;`)
  await db.run(sql`DROP TABLE \`_tools_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__tools_v\` RENAME TO \`_tools_v\`;`)
  await db.run(sql`CREATE INDEX \`_tools_v_parent_idx\` ON \`_tools_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_updated_at_idx\` ON \`_tools_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version_created_at_idx\` ON \`_tools_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_version__status_idx\` ON \`_tools_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_created_at_idx\` ON \`_tools_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_updated_at_idx\` ON \`_tools_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_snapshot_idx\` ON \`_tools_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_published_locale_idx\` ON \`_tools_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_latest_idx\` ON \`_tools_v\` (\`latest\`);`)
}
