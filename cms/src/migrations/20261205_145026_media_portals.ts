import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_portals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_portals_order_idx\` ON \`media_portals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_portals_parent_idx\` ON \`media_portals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_portals_value_idx\` ON \`media_portals\` (\`value\`);`)
  // Files already uploaded belong to the portals of the articles that share them (issue #13,
  // finding 7); others (images in rich text only) wait for an admin to assign them.
  await db.run(sql`INSERT INTO \`media_portals\` (\`order\`, \`parent_id\`, \`value\`)
    SELECT ROW_NUMBER() OVER (PARTITION BY used.media ORDER BY used.portal), used.media, used.portal
    FROM (SELECT DISTINCT a.\`seo_image_id\` AS media, p.\`value\` AS portal
      FROM \`articles\` a JOIN \`articles_portals\` p ON p.\`parent_id\` = a.\`id\`
      WHERE a.\`seo_image_id\` IS NOT NULL) used;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_portals\`;`)
}
