import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillMediaVisibility } from '@collections/Media/visibility/backfillMediaVisibility'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`media_rels_articles_id_idx\` ON \`media_rels\` (\`articles_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_since\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_since_idx\` ON \`media\` (\`public_since\`);`)
  // Pictures of stories published before this migration stay public; the rest become private.
  await backfillMediaVisibility(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP INDEX \`media_public_since_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_since\`;`)
}
