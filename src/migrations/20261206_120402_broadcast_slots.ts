import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`broadcasts\` ADD \`slot\` text;`)
  // Broadcasts logged so far get their slot (src/collections/Broadcasts/values.ts broadcastSlot);
  // of any logged twice, the first keeps it.
  await db.run(sql`UPDATE \`broadcasts\` SET \`slot\` = (
    SELECT \`broadcasts\`.\`station_id\` || '|' || CASE
      WHEN r.\`radio_spots_id\` IS NOT NULL THEN 'radio-spots|' || r.\`radio_spots_id\`
      WHEN r.\`tv_spots_id\` IS NOT NULL THEN 'tv-spots|' || r.\`tv_spots_id\`
      WHEN r.\`episodes_id\` IS NOT NULL THEN 'episodes|' || r.\`episodes_id\`
      ELSE 'songs|' || r.\`songs_id\` END || '|' || \`broadcasts\`.\`planned_at\`
    FROM \`broadcasts_rels\` r WHERE r.\`parent_id\` = \`broadcasts\`.\`id\` AND r.\`path\` = 'item' LIMIT 1);`)
  await db.run(sql`UPDATE \`broadcasts\` SET \`slot\` = NULL WHERE \`slot\` IS NOT NULL AND \`id\` NOT IN
    (SELECT MIN(\`id\`) FROM \`broadcasts\` WHERE \`slot\` IS NOT NULL GROUP BY \`slot\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`broadcasts_slot_idx\` ON \`broadcasts\` (\`slot\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`broadcasts_slot_idx\`;`)
  await db.run(sql`ALTER TABLE \`broadcasts\` DROP COLUMN \`slot\`;`)
}
