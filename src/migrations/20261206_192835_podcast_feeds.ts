import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`songs\` ADD \`feed_guid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`songs_feed_guid_idx\` ON \`songs\` (\`feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`_songs_v\` ADD \`version_feed_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_feed_guid_idx\` ON \`_songs_v\` (\`version_feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`season\` numeric;`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`feed_guid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_feed_guid_idx\` ON \`episodes\` (\`feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_season\` numeric;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_feed_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_feed_guid_idx\` ON \`_episodes_v\` (\`version_feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`radio_spots\` ADD \`feed_guid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`radio_spots_feed_guid_idx\` ON \`radio_spots\` (\`feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`_radio_spots_v\` ADD \`version_feed_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_feed_guid_idx\` ON \`_radio_spots_v\` (\`version_feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`tv_spots\` ADD \`feed_guid\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_spots_feed_guid_idx\` ON \`tv_spots\` (\`feed_guid\`);`)
  await db.run(sql`ALTER TABLE \`_tv_spots_v\` ADD \`version_feed_guid\` text;`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_feed_guid_idx\` ON \`_tv_spots_v\` (\`version_feed_guid\`);`)
  // Before the unique indexes matter: every item gets its guid here.
  await keepFeedGuids(db)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`podcast_artwork_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`podcast_owner_email\` text;`)
  await db.run(sql`CREATE INDEX \`site_settings_podcast_podcast_artwork_idx\` ON \`site_settings\` (\`podcast_artwork_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`podcast_owner_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`embed_anywhere\` integer DEFAULT false,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "embed_anywhere", "updated_at", "created_at") SELECT "id", "embed_anywhere", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`DROP INDEX \`songs_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`songs\` DROP COLUMN \`feed_guid\`;`)
  await db.run(sql`DROP INDEX \`_songs_v_version_version_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_songs_v\` DROP COLUMN \`version_feed_guid\`;`)
  await db.run(sql`DROP INDEX \`episodes_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`episodes\` DROP COLUMN \`season\`;`)
  await db.run(sql`ALTER TABLE \`episodes\` DROP COLUMN \`feed_guid\`;`)
  await db.run(sql`DROP INDEX \`_episodes_v_version_version_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` DROP COLUMN \`version_season\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` DROP COLUMN \`version_feed_guid\`;`)
  await db.run(sql`DROP INDEX \`radio_spots_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`radio_spots\` DROP COLUMN \`feed_guid\`;`)
  await db.run(sql`DROP INDEX \`_radio_spots_v_version_version_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_radio_spots_v\` DROP COLUMN \`version_feed_guid\`;`)
  await db.run(sql`DROP INDEX \`tv_spots_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`tv_spots\` DROP COLUMN \`feed_guid\`;`)
  await db.run(sql`DROP INDEX \`_tv_spots_v_version_version_feed_guid_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tv_spots_v\` DROP COLUMN \`version_feed_guid\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`podcast_owner_name\`;`)
}

/**
 * Guids: what a feed has already published keeps its old guid (podcast apps know items by it);
 * everything else gets a random UUID (version 4), as new items do (src/fields/feedGuidField.ts).
 * Exported for tests/int/migrations.test.ts.
 */
export async function keepFeedGuids(db: MigrateUpArgs['db']): Promise<void> {
  const legacy: Record<string, string> = { songs: 'siang-songs-', radio_spots: 'siang-radio-' }
  for (const table of ['songs', 'radio_spots', 'episodes', 'tv_spots']) {
    if (legacy[table])
      await db.run(
        sql.raw(`UPDATE \`${table}\` SET \`feed_guid\` = '${legacy[table]}' || \`id\`
          WHERE \`feed_guid\` IS NULL AND (\`_status\` = 'published' OR \`id\` IN
          (SELECT \`parent_id\` FROM \`_${table}_v\` WHERE \`version__status\` = 'published'));`),
      )
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`feed_guid\` = lower(hex(randomblob(4))) || '-' ||
        lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
        substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
        lower(hex(randomblob(6))) WHERE \`feed_guid\` IS NULL;`),
    )
    await db.run(
      sql.raw(`UPDATE \`_${table}_v\` SET \`version_feed_guid\` =
        (SELECT \`feed_guid\` FROM \`${table}\` WHERE \`${table}\`.\`id\` = \`_${table}_v\`.\`parent_id\`);`),
    )
  }
}
