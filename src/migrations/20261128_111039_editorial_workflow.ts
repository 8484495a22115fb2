import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_workflow_history_order_idx\` ON \`campaigns_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_workflow_history_parent_id_idx\` ON \`campaigns_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_workflow_history_by_idx\` ON \`campaigns_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_workflow_history_order_idx\` ON \`_campaigns_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_workflow_history_parent_id_idx\` ON \`_campaigns_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_workflow_history_by_idx\` ON \`_campaigns_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`songs_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`songs_workflow_history_order_idx\` ON \`songs_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`songs_workflow_history_parent_id_idx\` ON \`songs_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_workflow_history_by_idx\` ON \`songs_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_songs_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_songs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_songs_v_version_workflow_history_order_idx\` ON \`_songs_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_workflow_history_parent_id_idx\` ON \`_songs_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_workflow_history_by_idx\` ON \`_songs_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`dramas_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dramas_workflow_history_order_idx\` ON \`dramas_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dramas_workflow_history_parent_id_idx\` ON \`dramas_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dramas_workflow_history_by_idx\` ON \`dramas_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dramas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_workflow_history_order_idx\` ON \`_dramas_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_workflow_history_parent_id_idx\` ON \`_dramas_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_workflow_history_by_idx\` ON \`_dramas_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`episodes_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`episodes_workflow_history_order_idx\` ON \`episodes_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`episodes_workflow_history_parent_id_idx\` ON \`episodes_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_workflow_history_by_idx\` ON \`episodes_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_workflow_history_order_idx\` ON \`_episodes_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_workflow_history_parent_id_idx\` ON \`_episodes_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_workflow_history_by_idx\` ON \`_episodes_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_spots_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_spots_workflow_history_order_idx\` ON \`radio_spots_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_workflow_history_parent_id_idx\` ON \`radio_spots_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_workflow_history_by_idx\` ON \`radio_spots_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_spots_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_workflow_history_order_idx\` ON \`_radio_spots_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_workflow_history_parent_id_idx\` ON \`_radio_spots_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_workflow_history_by_idx\` ON \`_radio_spots_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_spots_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_spots_workflow_history_order_idx\` ON \`tv_spots_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_workflow_history_parent_id_idx\` ON \`tv_spots_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_workflow_history_by_idx\` ON \`tv_spots_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_spots_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_workflow_history_order_idx\` ON \`_tv_spots_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_workflow_history_parent_id_idx\` ON \`_tv_spots_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_workflow_history_by_idx\` ON \`_tv_spots_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_workflow_history_order_idx\` ON \`social_posts_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_workflow_history_parent_id_idx\` ON \`social_posts_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_workflow_history_by_idx\` ON \`social_posts_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_workflow_history_order_idx\` ON \`_social_posts_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_workflow_history_parent_id_idx\` ON \`_social_posts_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_workflow_history_by_idx\` ON \`_social_posts_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`news_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_workflow_history_order_idx\` ON \`news_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_history_parent_id_idx\` ON \`news_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_history_by_idx\` ON \`news_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_workflow_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_name\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_history_order_idx\` ON \`_news_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_history_parent_id_idx\` ON \`_news_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_history_by_idx\` ON \`_news_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`campaigns_workflow_status_idx\` ON \`campaigns\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_workflow_status_idx\` ON \`_campaigns_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`songs\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`songs_workflow_status_idx\` ON \`songs\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_songs_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_workflow_status_idx\` ON \`_songs_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`dramas\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`dramas_workflow_status_idx\` ON \`dramas\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_dramas_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_workflow_status_idx\` ON \`_dramas_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`episodes\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`episodes_workflow_status_idx\` ON \`episodes\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_workflow_status_idx\` ON \`_episodes_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`radio_spots\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`radio_spots_workflow_status_idx\` ON \`radio_spots\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_radio_spots_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_workflow_status_idx\` ON \`_radio_spots_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`tv_spots\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`tv_spots_workflow_status_idx\` ON \`tv_spots\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_tv_spots_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_workflow_status_idx\` ON \`_tv_spots_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`social_posts\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`social_posts_workflow_status_idx\` ON \`social_posts\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_social_posts_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_version_workflow_status_idx\` ON \`_social_posts_v\` (\`version_workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`news_workflow_status_idx\` ON \`news\` (\`workflow_status\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_workflow_status_idx\` ON \`_news_v\` (\`version_workflow_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`songs_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_songs_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`dramas_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`episodes_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`radio_spots_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_radio_spots_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`tv_spots_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_tv_spots_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`social_posts_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`news_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_workflow_history\`;`)
  await db.run(sql`DROP INDEX \`campaigns_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_campaigns_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`songs_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`songs\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_songs_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_songs_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`dramas_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`dramas\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_dramas_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_dramas_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`episodes_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`episodes\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_episodes_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_episodes_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`radio_spots_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`radio_spots\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_radio_spots_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_radio_spots_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`tv_spots_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`tv_spots\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_tv_spots_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_tv_spots_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`social_posts_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`social_posts\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_social_posts_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_social_posts_v\` DROP COLUMN \`version_workflow_status\`;`)
  await db.run(sql`DROP INDEX \`news_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_status\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_workflow_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_status\`;`)
}
