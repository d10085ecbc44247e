import { randomUUID } from 'node:crypto'

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Views move off the versioned article into their own table (collections/ArticleViews.ts), so a
// publish or restore can no longer write an old count over the counter. Every count moves with
// them, both ways.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`article_views\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`total\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`article_views_article_idx\` ON \`article_views\` (\`article_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`article_views_updated_at_idx\` ON \`article_views\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`article_views_created_at_idx\` ON \`article_views\` (\`created_at\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`article_views_id\` text(36) REFERENCES article_views(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_article_views_id_idx\` ON \`payload_locked_documents_rels\` (\`article_views_id\`);`,
  )
  const counted = await db.all<{ id: string; views: number }>(
    sql`SELECT \`id\`, \`views\` FROM \`articles\` WHERE \`views\` > 0;`,
  )
  for (const { id, views } of counted) {
    await db.run(
      sql`INSERT INTO \`article_views\` (\`id\`, \`article_id\`, \`total\`) VALUES (${randomUUID()}, ${id}, ${views});`,
    )
  }
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`views\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_views\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`views\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_views\` numeric DEFAULT 0;`)
  await db.run(
    sql`UPDATE \`articles\` SET \`views\` = (SELECT \`total\` FROM \`article_views\` WHERE \`article_id\` = \`articles\`.\`id\`) WHERE \`id\` IN (SELECT \`article_id\` FROM \`article_views\`);`,
  )
  await db.run(sql`DROP TABLE \`article_views\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`authors_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`article_view_days_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_view_days_id\`) REFERENCES \`article_view_days\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "authors_id", "media_id", "users_id", "article_view_days_id") SELECT "id", "order", "parent_id", "path", "articles_id", "authors_id", "media_id", "users_id", "article_view_days_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_article_view_days_id_idx\` ON \`payload_locked_documents_rels\` (\`article_view_days_id\`);`,
  )
}
