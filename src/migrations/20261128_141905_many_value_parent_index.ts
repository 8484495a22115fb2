import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`songs_texts_parent_idx\` ON \`songs_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_texts_parent_idx\` ON \`_songs_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_texts_parent_idx\` ON \`social_posts_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_texts_parent_idx\` ON \`_social_posts_v_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`songs_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_songs_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`social_posts_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_social_posts_v_texts_parent_idx\`;`)
}
