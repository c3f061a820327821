import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`agenda\` ADD \`cancelled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`agenda_locales\` ADD \`cancellation_note\` text;`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` ADD \`version_cancelled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_agenda_v_locales\` ADD \`version_cancellation_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`agenda\` DROP COLUMN \`cancelled\`;`)
  await db.run(sql`ALTER TABLE \`agenda_locales\` DROP COLUMN \`cancellation_note\`;`)
  await db.run(sql`ALTER TABLE \`_agenda_v\` DROP COLUMN \`version_cancelled\`;`)
  await db.run(sql`ALTER TABLE \`_agenda_v_locales\` DROP COLUMN \`version_cancellation_note\`;`)
}
