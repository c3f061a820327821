import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_translation_states_order_idx\` ON \`articles_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_translation_states_parent_idx\` ON \`articles_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_translation_states_order_idx\` ON \`_articles_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_translation_states_parent_idx\` ON \`_articles_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`hospitals_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hospitals_translation_states_order_idx\` ON \`hospitals_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hospitals_translation_states_parent_idx\` ON \`hospitals_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_hospitals_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hospitals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_states_order_idx\` ON \`_hospitals_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hospitals_v_version_translation_states_parent_idx\` ON \`_hospitals_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mutualities_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mutualities_translation_states_order_idx\` ON \`mutualities_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mutualities_translation_states_parent_idx\` ON \`mutualities_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_mutualities_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_mutualities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_translation_states_order_idx\` ON \`_mutualities_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_mutualities_v_version_translation_states_parent_idx\` ON \`_mutualities_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_translation_states_order_idx\` ON \`agenda_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_translation_states_parent_idx\` ON \`agenda_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agenda_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_agenda_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_translation_states_order_idx\` ON \`_agenda_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_agenda_v_version_translation_states_parent_idx\` ON \`_agenda_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`faq_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`faq_translation_states_order_idx\` ON \`faq_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`faq_translation_states_parent_idx\` ON \`faq_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_faq_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_faq_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_faq_v_version_translation_states_order_idx\` ON \`_faq_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_faq_v_version_translation_states_parent_idx\` ON \`_faq_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_translation_states_order_idx\` ON \`projects_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_translation_states_parent_idx\` ON \`projects_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_translation_states_order_idx\` ON \`_projects_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_translation_states_parent_idx\` ON \`_projects_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tools_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tools_translation_states_order_idx\` ON \`tools_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tools_translation_states_parent_idx\` ON \`tools_translation_states\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tools_v_version_translation_states\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tools_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tools_v_version_translation_states_order_idx\` ON \`_tools_v_version_translation_states\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tools_v_version_translation_states_parent_idx\` ON \`_tools_v_version_translation_states\` (\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`hospitals\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`mutualities\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`faq\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_faq_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`tools\` ADD \`translation_details\` text;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` ADD \`version_translation_details\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`hospitals_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_hospitals_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`mutualities_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_mutualities_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`agenda_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_agenda_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`faq_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_faq_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`projects_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_translation_states\`;`)
  await db.run(sql`DROP TABLE \`tools_translation_states\`;`)
  await db.run(sql`DROP TABLE \`_tools_v_version_translation_states\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`ALTER TABLE \`hospitals\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_hospitals_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`ALTER TABLE \`mutualities\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_mutualities_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`ALTER TABLE \`agenda\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`ALTER TABLE \`faq\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_faq_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_translation_details\`;`)
  await db.run(sql`ALTER TABLE \`tools\` DROP COLUMN \`translation_details\`;`)
  await db.run(sql`ALTER TABLE \`_tools_v\` DROP COLUMN \`version_translation_details\`;`)
}
