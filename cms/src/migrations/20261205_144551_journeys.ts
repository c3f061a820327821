import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`journeys_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`journeys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journeys_steps_order_idx\` ON \`journeys_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`journeys_steps_parent_id_idx\` ON \`journeys_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`journeys_steps_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`journeys_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`journeys_steps_locales_locale_parent_id_unique\` ON \`journeys_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_steps_locales_parent_id_idx\` ON \`journeys_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`journeys_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journeys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journeys_portals_order_idx\` ON \`journeys_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journeys_portals_parent_idx\` ON \`journeys_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_portals_value_idx\` ON \`journeys_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`journeys_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journeys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journeys_translation_states_order_idx\` ON \`journeys_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journeys_translation_states_parent_idx\` ON \`journeys_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`journeys\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` numeric,
  	\`editorial_state\` text DEFAULT 'writing',
  	\`writer_id\` integer,
  	\`review_comment\` text,
  	\`review_due_at\` text,
  	\`approval_organisation_id\` integer,
  	\`approval_referent_id\` integer,
  	\`approval_approved_at\` text,
  	\`translation_details\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`journeys_order_idx\` ON \`journeys\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journeys_editorial_state_idx\` ON \`journeys\` (\`editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`journeys_writer_idx\` ON \`journeys\` (\`writer_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_review_due_at_idx\` ON \`journeys\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`journeys_approval_approval_organisation_idx\` ON \`journeys\` (\`approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_approval_approval_referent_idx\` ON \`journeys\` (\`approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_updated_at_idx\` ON \`journeys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`journeys_created_at_idx\` ON \`journeys\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`journeys__status_idx\` ON \`journeys\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`journeys_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`journeys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journeys_slug_idx\` ON \`journeys_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`journeys_locales_locale_parent_id_unique\` ON \`journeys_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_locales_parent_id_idx\` ON \`journeys_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`journeys_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`referent_organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journeys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referent_organisations_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journeys_rels_order_idx\` ON \`journeys_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journeys_rels_parent_idx\` ON \`journeys_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_rels_path_idx\` ON \`journeys_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`journeys_rels_articles_id_idx\` ON \`journeys_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`journeys_rels_referent_organisations_id_idx\` ON \`journeys_rels\` (\`referent_organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_journeys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_steps_order_idx\` ON \`_journeys_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_steps_parent_id_idx\` ON \`_journeys_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v_version_steps_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_journeys_v_version_steps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_journeys_v_version_steps_locales_locale_parent_id_unique\` ON \`_journeys_v_version_steps_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_steps_locales_parent_id_idx\` ON \`_journeys_v_version_steps_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_journeys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_portals_order_idx\` ON \`_journeys_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_portals_parent_idx\` ON \`_journeys_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_portals_value_idx\` ON \`_journeys_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_journeys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_translation_states_order_idx\` ON \`_journeys_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_translation_states_parent_idx\` ON \`_journeys_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_order\` numeric,
  	\`version_editorial_state\` text DEFAULT 'writing',
  	\`version_writer_id\` integer,
  	\`version_review_comment\` text,
  	\`version_review_due_at\` text,
  	\`version_approval_organisation_id\` integer,
  	\`version_approval_referent_id\` integer,
  	\`version_approval_approved_at\` text,
  	\`version_translation_details\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journeys\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_writer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_organisation_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approval_referent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_journeys_v_parent_idx\` ON \`_journeys_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_order_idx\` ON \`_journeys_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_editorial_state_idx\` ON \`_journeys_v\` (\`version_editorial_state\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_writer_idx\` ON \`_journeys_v\` (\`version_writer_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_review_due_at_idx\` ON \`_journeys_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_approval_version_approval_organisati_idx\` ON \`_journeys_v\` (\`version_approval_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_approval_version_approval_referent_idx\` ON \`_journeys_v\` (\`version_approval_referent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_updated_at_idx\` ON \`_journeys_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_created_at_idx\` ON \`_journeys_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version__status_idx\` ON \`_journeys_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_created_at_idx\` ON \`_journeys_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_updated_at_idx\` ON \`_journeys_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_snapshot_idx\` ON \`_journeys_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_published_locale_idx\` ON \`_journeys_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_latest_idx\` ON \`_journeys_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v_locales\` (
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_journeys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_journeys_v_version_version_slug_idx\` ON \`_journeys_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_journeys_v_locales_locale_parent_id_unique\` ON \`_journeys_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_locales_parent_id_idx\` ON \`_journeys_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_journeys_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`referent_organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_journeys_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referent_organisations_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_journeys_v_rels_order_idx\` ON \`_journeys_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_rels_parent_idx\` ON \`_journeys_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_rels_path_idx\` ON \`_journeys_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_rels_articles_id_idx\` ON \`_journeys_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_journeys_v_rels_referent_organisations_id_idx\` ON \`_journeys_v_rels\` (\`referent_organisations_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`journeys_id\` integer REFERENCES journeys(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journeys_id_idx\` ON \`payload_locked_documents_rels\` (\`journeys_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`journeys_steps\`;`)
  await db.run(sql`DROP TABLE \`journeys_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`journeys_portals\`;`)
  await db.run(sql`DROP TABLE \`journeys_translation_states\`;`)
  await db.run(sql`DROP TABLE \`journeys\`;`)
  await db.run(sql`DROP TABLE \`journeys_locales\`;`)
  await db.run(sql`DROP TABLE \`journeys_rels\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v_version_steps_locales\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_journeys_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`hospitals_id\` integer,
  	\`mutualities_id\` integer,
  	\`agenda_id\` integer,
  	\`faq_id\` integer,
  	\`projects_id\` integer,
  	\`tools_id\` integer,
  	\`midwives_id\` integer,
  	\`documents_id\` integer,
  	\`sections_id\` integer,
  	\`themes_id\` integer,
  	\`referent_organisations_id\` integer,
  	\`media_id\` integer,
  	\`portals_id\` integer,
  	\`redirects_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`builds_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mutualities_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`midwives_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referent_organisations_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portals_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "hospitals_id", "mutualities_id", "agenda_id", "faq_id", "projects_id", "tools_id", "midwives_id", "documents_id", "sections_id", "themes_id", "referent_organisations_id", "media_id", "portals_id", "redirects_id", "users_id", "audit_log_id", "builds_id") SELECT "id", "order", "parent_id", "path", "articles_id", "hospitals_id", "mutualities_id", "agenda_id", "faq_id", "projects_id", "tools_id", "midwives_id", "documents_id", "sections_id", "themes_id", "referent_organisations_id", "media_id", "portals_id", "redirects_id", "users_id", "audit_log_id", "builds_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hospitals_id_idx\` ON \`payload_locked_documents_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mutualities_id_idx\` ON \`payload_locked_documents_rels\` (\`mutualities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faq_id_idx\` ON \`payload_locked_documents_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tools_id_idx\` ON \`payload_locked_documents_rels\` (\`tools_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_midwives_id_idx\` ON \`payload_locked_documents_rels\` (\`midwives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referent_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`referent_organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portals_id_idx\` ON \`payload_locked_documents_rels\` (\`portals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`)
}
