import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`midwives_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`midwives_languages_order_idx\` ON \`midwives_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`midwives_languages_parent_idx\` ON \`midwives_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`midwives_communes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`midwives_communes_order_idx\` ON \`midwives_communes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`midwives_communes_parent_idx\` ON \`midwives_communes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`midwives_specialities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`midwives_specialities_order_idx\` ON \`midwives_specialities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`midwives_specialities_parent_idx\` ON \`midwives_specialities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`midwives_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`midwives_portals_order_idx\` ON \`midwives_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`midwives_portals_parent_idx\` ON \`midwives_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`midwives_portals_value_idx\` ON \`midwives_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`midwives\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_website\` text,
  	\`is_demo\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`midwives_updated_at_idx\` ON \`midwives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`midwives_created_at_idx\` ON \`midwives\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`midwives__status_idx\` ON \`midwives\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`midwives_locales\` (
  	\`availability\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`midwives_locales_locale_parent_id_unique\` ON \`midwives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`midwives_locales_parent_id_idx\` ON \`midwives_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_midwives_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_midwives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_languages_order_idx\` ON \`_midwives_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_languages_parent_idx\` ON \`_midwives_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_midwives_v_version_communes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_midwives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_communes_order_idx\` ON \`_midwives_v_version_communes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_communes_parent_idx\` ON \`_midwives_v_version_communes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_midwives_v_version_specialities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_midwives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_specialities_order_idx\` ON \`_midwives_v_version_specialities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_specialities_parent_idx\` ON \`_midwives_v_version_specialities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_midwives_v_version_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_midwives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_portals_order_idx\` ON \`_midwives_v_version_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_portals_parent_idx\` ON \`_midwives_v_version_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_portals_value_idx\` ON \`_midwives_v_version_portals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_midwives_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_contact_website\` text,
  	\`version_is_demo\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`midwives\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_midwives_v_parent_idx\` ON \`_midwives_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_version_updated_at_idx\` ON \`_midwives_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_version_created_at_idx\` ON \`_midwives_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_version_version__status_idx\` ON \`_midwives_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_created_at_idx\` ON \`_midwives_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_updated_at_idx\` ON \`_midwives_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_snapshot_idx\` ON \`_midwives_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_published_locale_idx\` ON \`_midwives_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_latest_idx\` ON \`_midwives_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_midwives_v_locales\` (
  	\`version_availability\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_midwives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_midwives_v_locales_locale_parent_id_unique\` ON \`_midwives_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_midwives_v_locales_parent_id_idx\` ON \`_midwives_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portals_directory_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organisation_id\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portals_directory_notes_order_idx\` ON \`portals_directory_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`portals_directory_notes_parent_id_idx\` ON \`portals_directory_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portals_directory_notes_locales\` (
  	\`text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`portals_directory_notes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`portals_directory_notes_locales_locale_parent_id_unique\` ON \`portals_directory_notes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`portals_directory_notes_locales_parent_id_idx\` ON \`portals_directory_notes_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`portals_numbers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`portals_numbers_order_parent_idx\` ON \`portals_numbers\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`midwives_id\` integer REFERENCES midwives(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_midwives_id_idx\` ON \`payload_locked_documents_rels\` (\`midwives_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`midwives_languages\`;`)
  await db.run(sql`DROP TABLE \`midwives_communes\`;`)
  await db.run(sql`DROP TABLE \`midwives_specialities\`;`)
  await db.run(sql`DROP TABLE \`midwives_portals\`;`)
  await db.run(sql`DROP TABLE \`midwives\`;`)
  await db.run(sql`DROP TABLE \`midwives_locales\`;`)
  await db.run(sql`DROP TABLE \`_midwives_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_midwives_v_version_communes\`;`)
  await db.run(sql`DROP TABLE \`_midwives_v_version_specialities\`;`)
  await db.run(sql`DROP TABLE \`_midwives_v_version_portals\`;`)
  await db.run(sql`DROP TABLE \`_midwives_v\`;`)
  await db.run(sql`DROP TABLE \`_midwives_v_locales\`;`)
  await db.run(sql`DROP TABLE \`portals_directory_notes\`;`)
  await db.run(sql`DROP TABLE \`portals_directory_notes_locales\`;`)
  await db.run(sql`DROP TABLE \`portals_numbers\`;`)
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
  	\`documents_id\` integer,
  	\`sections_id\` integer,
  	\`themes_id\` integer,
  	\`referent_organisations_id\` integer,
  	\`media_id\` integer,
  	\`portals_id\` integer,
  	\`redirects_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mutualities_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referent_organisations_id\`) REFERENCES \`referent_organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`portals_id\`) REFERENCES \`portals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "hospitals_id", "mutualities_id", "agenda_id", "faq_id", "projects_id", "tools_id", "documents_id", "sections_id", "themes_id", "referent_organisations_id", "media_id", "portals_id", "redirects_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "hospitals_id", "mutualities_id", "agenda_id", "faq_id", "projects_id", "tools_id", "documents_id", "sections_id", "themes_id", "referent_organisations_id", "media_id", "portals_id", "redirects_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referent_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`referent_organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_portals_id_idx\` ON \`payload_locked_documents_rels\` (\`portals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}
