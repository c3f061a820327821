import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`portals\` ADD \`unpublished_redirect\` text DEFAULT 'create';`)
  await db.run(sql`ALTER TABLE \`redirects_rels\` ADD \`journeys_id\` integer REFERENCES journeys(id);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_journeys_id_idx\` ON \`redirects_rels\` (\`journeys_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`sections_id\` integer,
  	\`hospitals_id\` integer,
  	\`mutualities_id\` integer,
  	\`agenda_id\` integer,
  	\`faq_id\` integer,
  	\`projects_id\` integer,
  	\`tools_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hospitals_id\`) REFERENCES \`hospitals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mutualities_id\`) REFERENCES \`mutualities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_id\`) REFERENCES \`agenda\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faq_id\`) REFERENCES \`faq\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tools_id\`) REFERENCES \`tools\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_redirects_rels\`("id", "order", "parent_id", "path", "articles_id", "sections_id", "hospitals_id", "mutualities_id", "agenda_id", "faq_id", "projects_id", "tools_id") SELECT "id", "order", "parent_id", "path", "articles_id", "sections_id", "hospitals_id", "mutualities_id", "agenda_id", "faq_id", "projects_id", "tools_id" FROM \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_redirects_rels\` RENAME TO \`redirects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_sections_id_idx\` ON \`redirects_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_hospitals_id_idx\` ON \`redirects_rels\` (\`hospitals_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_mutualities_id_idx\` ON \`redirects_rels\` (\`mutualities_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_agenda_id_idx\` ON \`redirects_rels\` (\`agenda_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_faq_id_idx\` ON \`redirects_rels\` (\`faq_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_projects_id_idx\` ON \`redirects_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_tools_id_idx\` ON \`redirects_rels\` (\`tools_id\`);`)
  await db.run(sql`ALTER TABLE \`portals\` DROP COLUMN \`unpublished_redirect\`;`)
}
