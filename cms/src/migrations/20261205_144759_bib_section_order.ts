import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`_articles_articles_order\` text;`)
  await db.run(sql`CREATE INDEX \`articles__articles_articles_order_idx\` ON \`articles\` (\`_articles_articles_order\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version__articles_articles_order\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__articles_articles_order_idx\` ON \`_articles_v\` (\`version__articles_articles_order\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles__articles_articles_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`_articles_articles_order\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version__articles_articles_order_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version__articles_articles_order\`;`)
}
