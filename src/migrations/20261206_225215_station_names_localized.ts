import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`stations_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stations_locales_locale_parent_id_unique\` ON \`stations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`stations_locales_parent_id_idx\` ON \`stations_locales\` (\`_parent_id\`);`)
  // Before the column goes: each station keeps its one name, in Lao and in English.
  await keepStationNames(db)
  await db.run(sql`ALTER TABLE \`stations\` DROP COLUMN \`name\`;`)
}

/** Each station's single name becomes its name in both languages, until someone translates it. */
export async function keepStationNames(db: MigrateUpArgs['db']): Promise<void> {
  for (const locale of ['lo', 'en'])
    await db.run(sql`INSERT INTO \`stations_locales\` (\`name\`, \`_locale\`, \`_parent_id\`)
      SELECT \`name\`, ${locale}, \`id\` FROM \`stations\` WHERE true
      ON CONFLICT (\`_locale\`, \`_parent_id\`) DO NOTHING;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // A column added to a table with rows needs a default; the Lao name (or else the English) fills it.
  await db.run(sql`ALTER TABLE \`stations\` ADD \`name\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`UPDATE \`stations\` SET \`name\` = coalesce(
    (SELECT \`name\` FROM \`stations_locales\` WHERE \`_parent_id\` = \`stations\`.\`id\` AND \`_locale\` = 'lo'),
    (SELECT \`name\` FROM \`stations_locales\` WHERE \`_parent_id\` = \`stations\`.\`id\` AND \`_locale\` = 'en'),
    '');`)
  await db.run(sql`DROP TABLE \`stations_locales\`;`)
}
