import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_publishedAt_idx\` ON \`campaigns\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_idx\` ON \`_campaigns_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_1_idx\` ON \`songs\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_1_idx\` ON \`_songs_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_2_idx\` ON \`dramas\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_2_idx\` ON \`_dramas_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_3_idx\` ON \`episodes\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_3_idx\` ON \`_episodes_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_4_idx\` ON \`radio_spots\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_4_idx\` ON \`_radio_spots_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_5_idx\` ON \`tv_spots\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_5_idx\` ON \`_tv_spots_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_6_idx\` ON \`social_posts\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_6_idx\` ON \`_social_posts_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_7_idx\` ON \`news\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_7_idx\` ON \`_news_v\` (\`version__status\`,\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_2_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_3_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_4_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_5_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_6_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_publishedAt_7_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_publishedAt_7_idx\`;`)
}
