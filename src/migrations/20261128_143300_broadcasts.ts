import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`broadcasts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`station_id\` integer NOT NULL,
  	\`planned_at\` text NOT NULL,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`aired_at\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`station_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcasts_station_idx\` ON \`broadcasts\` (\`station_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_planned_at_idx\` ON \`broadcasts\` (\`planned_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_status_idx\` ON \`broadcasts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_updated_at_idx\` ON \`broadcasts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_created_at_idx\` ON \`broadcasts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`broadcasts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`radio_spots_id\` integer,
  	\`tv_spots_id\` integer,
  	\`episodes_id\` integer,
  	\`songs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`broadcasts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`radio_spots_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_spots_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`episodes_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`songs_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_order_idx\` ON \`broadcasts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_parent_idx\` ON \`broadcasts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_path_idx\` ON \`broadcasts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_radio_spots_id_idx\` ON \`broadcasts_rels\` (\`radio_spots_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_tv_spots_id_idx\` ON \`broadcasts_rels\` (\`tv_spots_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_episodes_id_idx\` ON \`broadcasts_rels\` (\`episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcasts_rels_songs_id_idx\` ON \`broadcasts_rels\` (\`songs_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`broadcasts_id\` integer REFERENCES broadcasts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcasts_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcasts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`broadcasts\`;`)
  await db.run(sql`DROP TABLE \`broadcasts_rels\`;`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`daily_counts_id\`) REFERENCES \`daily_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "media_id", "topics_id", "provinces_id", "partners_id", "stations_id", "users_id", "daily_counts_id") SELECT "id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "media_id", "topics_id", "provinces_id", "partners_id", "stations_id", "users_id", "daily_counts_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_daily_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`daily_counts_id\`);`)
}
