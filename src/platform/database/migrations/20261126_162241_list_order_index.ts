import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`section__status_publishedAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`section__status_publishedAt_createdAt_idx\` ON \`articles\` (\`section\`,\`_status\`,\`published_at\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`version_section_version__status_version_publishedAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version_section\`,\`version__status\`,\`version_published_at\`,\`version_created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`section__status_publishedAt_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`section__status_publishedAt_idx\` ON \`articles\` (\`section\`,\`_status\`,\`published_at\`);`,
  )
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`version_section_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_section\`,\`version__status\`,\`version_published_at\`);`,
  )
}
