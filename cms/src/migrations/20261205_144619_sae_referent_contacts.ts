import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`referent_organisations\` ADD \`address_postcode\` text;`)
  await db.run(sql`ALTER TABLE \`referent_organisations\` ADD \`phone\` text;`)
  await db.run(sql`ALTER TABLE \`referent_organisations\` ADD \`coordinates_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`referent_organisations\` ADD \`coordinates_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`referent_organisations_locales\` ADD \`address_street\` text;`)
  await db.run(sql`ALTER TABLE \`referent_organisations_locales\` ADD \`address_city\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`referent_organisations\` DROP COLUMN \`address_postcode\`;`)
  await db.run(sql`ALTER TABLE \`referent_organisations\` DROP COLUMN \`phone\`;`)
  await db.run(sql`ALTER TABLE \`referent_organisations\` DROP COLUMN \`coordinates_latitude\`;`)
  await db.run(sql`ALTER TABLE \`referent_organisations\` DROP COLUMN \`coordinates_longitude\`;`)
  await db.run(sql`ALTER TABLE \`referent_organisations_locales\` DROP COLUMN \`address_street\`;`)
  await db.run(sql`ALTER TABLE \`referent_organisations_locales\` DROP COLUMN \`address_city\`;`)
}
