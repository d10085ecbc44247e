import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`text\` text,
  	\`at\` text,
  	\`added_by_id\` text(36),
  	FOREIGN KEY (\`added_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`articles_corrections_order_idx\` ON \`articles_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_corrections_parent_id_idx\` ON \`articles_corrections\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`articles_corrections_added_by_idx\` ON \`articles_corrections\` (\`added_by_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_articles_v_version_corrections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`text\` text,
  	\`at\` text,
  	\`added_by_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`added_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_corrections_order_idx\` ON \`_articles_v_version_corrections\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_corrections_parent_id_idx\` ON \`_articles_v_version_corrections\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_corrections_added_by_idx\` ON \`_articles_v_version_corrections\` (\`added_by_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`material_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`revised_at\` text;`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_material_change\` integer DEFAULT false;`,
  )
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_revised_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_corrections\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_corrections\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`material_change\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`revised_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_material_change\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_revised_at\`;`)
}
