import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reach_reports_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`count\` numeric DEFAULT 0,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reach_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reach_reports_materials_order_idx\` ON \`reach_reports_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reach_reports_materials_parent_id_idx\` ON \`reach_reports_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reach_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`period\` text NOT NULL,
  	\`province_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`submitted_at\` text,
  	\`accepted_at\` text,
  	\`events_held\` numeric DEFAULT 0,
  	\`reached_female\` numeric DEFAULT 0,
  	\`reached_male\` numeric DEFAULT 0,
  	\`reached_other\` numeric DEFAULT 0,
  	\`reached_by_age_under15\` numeric DEFAULT 0,
  	\`reached_by_age_from15to24\` numeric DEFAULT 0,
  	\`reached_by_age_from25\` numeric DEFAULT 0,
  	\`narrative\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reach_reports_period_idx\` ON \`reach_reports\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`reach_reports_province_idx\` ON \`reach_reports\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`reach_reports_status_idx\` ON \`reach_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reach_reports_updated_at_idx\` ON \`reach_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reach_reports_created_at_idx\` ON \`reach_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`province_period_idx\` ON \`reach_reports\` (\`province_id\`,\`period\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reach_reports_id\` integer REFERENCES reach_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reach_reports_materials\`;`)
  await db.run(sql`DROP TABLE \`reach_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`songs_id\` integer,
  	\`dramas_id\` integer,
  	\`episodes_id\` integer,
  	\`radio_spots_id\` integer,
  	\`tv_spots_id\` integer,
  	\`social_posts_id\` integer,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	\`partners_id\` integer,
  	\`stations_id\` integer,
  	\`broadcasts_id\` integer,
  	\`users_id\` integer,
  	\`daily_counts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`songs_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dramas_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`episodes_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`radio_spots_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_spots_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_posts_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcasts_id\`) REFERENCES \`broadcasts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`daily_counts_id\`) REFERENCES \`daily_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "media_id", "topics_id", "provinces_id", "partners_id", "stations_id", "broadcasts_id", "users_id", "daily_counts_id") SELECT "id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "media_id", "topics_id", "provinces_id", "partners_id", "stations_id", "broadcasts_id", "users_id", "daily_counts_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_songs_id_idx\` ON \`payload_locked_documents_rels\` (\`songs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dramas_id_idx\` ON \`payload_locked_documents_rels\` (\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_episodes_id_idx\` ON \`payload_locked_documents_rels\` (\`episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_radio_spots_id_idx\` ON \`payload_locked_documents_rels\` (\`radio_spots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tv_spots_id_idx\` ON \`payload_locked_documents_rels\` (\`tv_spots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_social_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`social_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcasts_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcasts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_daily_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`daily_counts_id\`);`)
}
