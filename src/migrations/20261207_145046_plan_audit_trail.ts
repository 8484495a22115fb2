import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_indicators_v_version_disaggregations\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_disaggregations_order_idx\` ON \`_indicators_v_version_disaggregations\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_disaggregations_parent_idx\` ON \`_indicators_v_version_disaggregations\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_changed_by_id\` integer,
  	\`version_slug\` text NOT NULL,
  	\`version_source\` text DEFAULT 'manual' NOT NULL,
  	\`version_unit\` text DEFAULT 'people' NOT NULL,
  	\`version_direction\` text DEFAULT 'higher' NOT NULL,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_indicators_v_parent_idx\` ON \`_indicators_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_changed_by_idx\` ON \`_indicators_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_slug_idx\` ON \`_indicators_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_updated_at_idx\` ON \`_indicators_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_version_version_created_at_idx\` ON \`_indicators_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_created_at_idx\` ON \`_indicators_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_updated_at_idx\` ON \`_indicators_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_indicators_v_locales\` (
  	\`version_name\` text NOT NULL,
  	\`version_definition\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_indicators_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_indicators_v_locales_locale_parent_id_unique\` ON \`_indicators_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_indicators_v_locales_parent_id_idx\` ON \`_indicators_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_targets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_indicator_id\` integer NOT NULL,
  	\`version_province_id\` integer,
  	\`version_period\` text NOT NULL,
  	\`version_baseline\` numeric,
  	\`version_target\` numeric NOT NULL,
  	\`version_actual\` numeric,
  	\`version_proposed_target\` numeric,
  	\`version_proposal_note\` text,
  	\`version_proposed_by_id\` integer,
  	\`version_changed_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_targets_v_parent_idx\` ON \`_targets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_indicator_idx\` ON \`_targets_v\` (\`version_indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_province_idx\` ON \`_targets_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_period_idx\` ON \`_targets_v\` (\`version_period\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_proposed_by_idx\` ON \`_targets_v\` (\`version_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_changed_by_idx\` ON \`_targets_v\` (\`version_changed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_updated_at_idx\` ON \`_targets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_version_version_created_at_idx\` ON \`_targets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_created_at_idx\` ON \`_targets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_targets_v_updated_at_idx\` ON \`_targets_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`indicators\` ADD \`changed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`indicators_changed_by_idx\` ON \`indicators\` (\`changed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`targets\` ADD \`changed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`targets_changed_by_idx\` ON \`targets\` (\`changed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_indicators_v_version_disaggregations\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v\`;`)
  await db.run(sql`DROP TABLE \`_indicators_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_targets_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_indicators\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`unit\` text DEFAULT 'people' NOT NULL,
  	\`direction\` text DEFAULT 'higher' NOT NULL,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_indicators\`("id", "slug", "source", "unit", "direction", "order", "updated_at", "created_at") SELECT "id", "slug", "source", "unit", "direction", "order", "updated_at", "created_at" FROM \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`ALTER TABLE \`__new_indicators\` RENAME TO \`indicators\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_targets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`indicator_id\` integer NOT NULL,
  	\`province_id\` integer,
  	\`period\` text NOT NULL,
  	\`baseline\` numeric,
  	\`target\` numeric NOT NULL,
  	\`actual\` numeric,
  	\`proposed_target\` numeric,
  	\`proposal_note\` text,
  	\`proposed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_targets\`("id", "indicator_id", "province_id", "period", "baseline", "target", "actual", "proposed_target", "proposal_note", "proposed_by_id", "updated_at", "created_at") SELECT "id", "indicator_id", "province_id", "period", "baseline", "target", "actual", "proposed_target", "proposal_note", "proposed_by_id", "updated_at", "created_at" FROM \`targets\`;`)
  await db.run(sql`DROP TABLE \`targets\`;`)
  await db.run(sql`ALTER TABLE \`__new_targets\` RENAME TO \`targets\`;`)
  await db.run(sql`CREATE INDEX \`targets_indicator_idx\` ON \`targets\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_province_idx\` ON \`targets\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_period_idx\` ON \`targets\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`targets_proposed_by_idx\` ON \`targets\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`targets_updated_at_idx\` ON \`targets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`targets_created_at_idx\` ON \`targets\` (\`created_at\`);`)
}
