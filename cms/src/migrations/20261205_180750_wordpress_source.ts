import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wordpress_key\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wordpress_checksum\` text;`)
  await db.run(sql`CREATE INDEX \`articles_wordpress_wordpress_key_idx\` ON \`articles\` (\`wordpress_key\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wordpress_key\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wordpress_checksum\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_wordpress_version_wordpress_key_idx\` ON \`_articles_v\` (\`version_wordpress_key\`);`)
  await db.run(sql`ALTER TABLE \`sections\` ADD \`wordpress_key\` text;`)
  await db.run(sql`ALTER TABLE \`sections\` ADD \`wordpress_checksum\` text;`)
  await db.run(sql`CREATE INDEX \`sections_wordpress_wordpress_key_idx\` ON \`sections\` (\`wordpress_key\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`wordpress_key\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`wordpress_checksum\` text;`)
  await db.run(sql`CREATE INDEX \`media_wordpress_wordpress_key_idx\` ON \`media\` (\`wordpress_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_wordpress_wordpress_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`wordpress_key\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`wordpress_checksum\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_wordpress_version_wordpress_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_wordpress_key\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_wordpress_checksum\`;`)
  await db.run(sql`DROP INDEX \`sections_wordpress_wordpress_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`sections\` DROP COLUMN \`wordpress_key\`;`)
  await db.run(sql`ALTER TABLE \`sections\` DROP COLUMN \`wordpress_checksum\`;`)
  await db.run(sql`DROP INDEX \`media_wordpress_wordpress_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`wordpress_key\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`wordpress_checksum\`;`)
}
