import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_key_messages_order_idx\` ON \`campaigns_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_key_messages_parent_id_idx\` ON \`campaigns_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_key_messages_locales\` (
  	\`message\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_key_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_key_messages_locales_locale_parent_id_unique\` ON \`campaigns_key_messages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_audiences_order_idx\` ON \`campaigns_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_audiences_parent_idx\` ON \`campaigns_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`start_date\` text,
  	\`end_date\` text,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_published_at_idx\` ON \`campaigns\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_hero_image_idx\` ON \`campaigns\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_partners_id_idx\` ON \`campaigns_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_campaigns_id_idx\` ON \`campaigns_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_topics_id_idx\` ON \`campaigns_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_provinces_id_idx\` ON \`campaigns_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_key_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_key_messages_order_idx\` ON \`_campaigns_v_version_key_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_key_messages_parent_id_idx\` ON \`_campaigns_v_version_key_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_key_messages_locales\` (
  	\`message\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_version_key_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_version_key_messages_locales_locale_parent_id_u\` ON \`_campaigns_v_version_key_messages_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_audiences_order_idx\` ON \`_campaigns_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_audiences_parent_idx\` ON \`_campaigns_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_start_date\` text,
  	\`version_end_date\` text,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_published_at_idx\` ON \`_campaigns_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_hero_image_idx\` ON \`_campaigns_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_autosave_idx\` ON \`_campaigns_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_locales_locale_parent_id_unique\` ON \`_campaigns_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`partners_id\` integer,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_order_idx\` ON \`_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_parent_idx\` ON \`_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_path_idx\` ON \`_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_partners_id_idx\` ON \`_campaigns_v_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_campaigns_id_idx\` ON \`_campaigns_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_topics_id_idx\` ON \`_campaigns_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_provinces_id_idx\` ON \`_campaigns_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`songs_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`songs_audiences_order_idx\` ON \`songs_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`songs_audiences_parent_idx\` ON \`songs_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`songs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`audio_id\` integer,
  	\`music_video_id\` integer,
  	\`cover_id\` integer,
  	\`language\` text DEFAULT 'lo',
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`music_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`songs_slug_idx\` ON \`songs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`songs_published_at_idx\` ON \`songs\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`songs_audio_idx\` ON \`songs\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_music_video_idx\` ON \`songs\` (\`music_video_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_cover_idx\` ON \`songs\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_updated_at_idx\` ON \`songs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`songs_created_at_idx\` ON \`songs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`songs__status_idx\` ON \`songs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`songs_locales\` (
  	\`title\` text,
  	\`lyrics\` text,
  	\`credits\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`songs_locales_locale_parent_id_unique\` ON \`songs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`songs_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`songs_texts_order_parent\` ON \`songs_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`songs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`songs_rels_order_idx\` ON \`songs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`songs_rels_parent_idx\` ON \`songs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_rels_path_idx\` ON \`songs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`songs_rels_campaigns_id_idx\` ON \`songs_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_rels_topics_id_idx\` ON \`songs_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`songs_rels_provinces_id_idx\` ON \`songs_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_songs_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_songs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_songs_v_version_audiences_order_idx\` ON \`_songs_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_audiences_parent_idx\` ON \`_songs_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_songs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_audio_id\` integer,
  	\`version_music_video_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_language\` text DEFAULT 'lo',
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_music_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_songs_v_parent_idx\` ON \`_songs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_slug_idx\` ON \`_songs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_published_at_idx\` ON \`_songs_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_audio_idx\` ON \`_songs_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_music_video_idx\` ON \`_songs_v\` (\`version_music_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_cover_idx\` ON \`_songs_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_updated_at_idx\` ON \`_songs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version_created_at_idx\` ON \`_songs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_version_version__status_idx\` ON \`_songs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_created_at_idx\` ON \`_songs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_updated_at_idx\` ON \`_songs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_snapshot_idx\` ON \`_songs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_published_locale_idx\` ON \`_songs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_latest_idx\` ON \`_songs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_autosave_idx\` ON \`_songs_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_songs_v_locales\` (
  	\`version_title\` text,
  	\`version_lyrics\` text,
  	\`version_credits\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_songs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_songs_v_locales_locale_parent_id_unique\` ON \`_songs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_songs_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_songs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_songs_v_texts_order_parent\` ON \`_songs_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_songs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_songs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_songs_v_rels_order_idx\` ON \`_songs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_rels_parent_idx\` ON \`_songs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_rels_path_idx\` ON \`_songs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_rels_campaigns_id_idx\` ON \`_songs_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_rels_topics_id_idx\` ON \`_songs_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_songs_v_rels_provinces_id_idx\` ON \`_songs_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`dramas_cast_and_crew\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dramas_cast_and_crew_order_idx\` ON \`dramas_cast_and_crew\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dramas_cast_and_crew_parent_id_idx\` ON \`dramas_cast_and_crew\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dramas_cast_and_crew_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dramas_cast_and_crew\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dramas_cast_and_crew_locales_locale_parent_id_unique\` ON \`dramas_cast_and_crew_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dramas_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dramas_audiences_order_idx\` ON \`dramas_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dramas_audiences_parent_idx\` ON \`dramas_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dramas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`format\` text DEFAULT 'short',
  	\`poster_id\` integer,
  	\`trailer_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`trailer_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dramas_slug_idx\` ON \`dramas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dramas_published_at_idx\` ON \`dramas\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`dramas_poster_idx\` ON \`dramas\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`dramas_trailer_idx\` ON \`dramas\` (\`trailer_id\`);`)
  await db.run(sql`CREATE INDEX \`dramas_updated_at_idx\` ON \`dramas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dramas_created_at_idx\` ON \`dramas\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`dramas__status_idx\` ON \`dramas\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`dramas_locales\` (
  	\`title\` text,
  	\`synopsis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`dramas_locales_locale_parent_id_unique\` ON \`dramas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dramas_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dramas_rels_order_idx\` ON \`dramas_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dramas_rels_parent_idx\` ON \`dramas_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dramas_rels_path_idx\` ON \`dramas_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`dramas_rels_campaigns_id_idx\` ON \`dramas_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`dramas_rels_topics_id_idx\` ON \`dramas_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`dramas_rels_provinces_id_idx\` ON \`dramas_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v_version_cast_and_crew\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dramas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_cast_and_crew_order_idx\` ON \`_dramas_v_version_cast_and_crew\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_cast_and_crew_parent_id_idx\` ON \`_dramas_v_version_cast_and_crew\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v_version_cast_and_crew_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dramas_v_version_cast_and_crew\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_dramas_v_version_cast_and_crew_locales_locale_parent_id_uni\` ON \`_dramas_v_version_cast_and_crew_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_dramas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_audiences_order_idx\` ON \`_dramas_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_audiences_parent_idx\` ON \`_dramas_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_format\` text DEFAULT 'short',
  	\`version_poster_id\` integer,
  	\`version_trailer_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_trailer_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_dramas_v_parent_idx\` ON \`_dramas_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_slug_idx\` ON \`_dramas_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_published_at_idx\` ON \`_dramas_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_poster_idx\` ON \`_dramas_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_trailer_idx\` ON \`_dramas_v\` (\`version_trailer_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_updated_at_idx\` ON \`_dramas_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version_created_at_idx\` ON \`_dramas_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_version_version__status_idx\` ON \`_dramas_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_created_at_idx\` ON \`_dramas_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_updated_at_idx\` ON \`_dramas_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_snapshot_idx\` ON \`_dramas_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_published_locale_idx\` ON \`_dramas_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_latest_idx\` ON \`_dramas_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_autosave_idx\` ON \`_dramas_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v_locales\` (
  	\`version_title\` text,
  	\`version_synopsis\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_dramas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_dramas_v_locales_locale_parent_id_unique\` ON \`_dramas_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_dramas_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_dramas_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_dramas_v_rels_order_idx\` ON \`_dramas_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_rels_parent_idx\` ON \`_dramas_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_rels_path_idx\` ON \`_dramas_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_rels_campaigns_id_idx\` ON \`_dramas_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_rels_topics_id_idx\` ON \`_dramas_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_dramas_v_rels_provinces_id_idx\` ON \`_dramas_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`episodes_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`episodes_audiences_order_idx\` ON \`episodes_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`episodes_audiences_parent_idx\` ON \`episodes_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`episodes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`drama_id\` integer,
  	\`number\` numeric,
  	\`video_id\` integer,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`drama_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_slug_idx\` ON \`episodes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`episodes_published_at_idx\` ON \`episodes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes_drama_idx\` ON \`episodes\` (\`drama_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_video_idx\` ON \`episodes\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_updated_at_idx\` ON \`episodes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes_created_at_idx\` ON \`episodes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`episodes__status_idx\` ON \`episodes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`episodes_locales\` (
  	\`title\` text,
  	\`captions_id\` integer,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`episodes_captions_idx\` ON \`episodes_locales\` (\`captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`episodes_locales_locale_parent_id_unique\` ON \`episodes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`episodes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`episodes_rels_order_idx\` ON \`episodes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_parent_idx\` ON \`episodes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_path_idx\` ON \`episodes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_campaigns_id_idx\` ON \`episodes_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_topics_id_idx\` ON \`episodes_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`episodes_rels_provinces_id_idx\` ON \`episodes_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_audiences_order_idx\` ON \`_episodes_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_audiences_parent_idx\` ON \`_episodes_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_drama_id\` integer,
  	\`version_number\` numeric,
  	\`version_video_id\` integer,
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_drama_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_episodes_v_parent_idx\` ON \`_episodes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_slug_idx\` ON \`_episodes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_published_at_idx\` ON \`_episodes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_drama_idx\` ON \`_episodes_v\` (\`version_drama_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_video_idx\` ON \`_episodes_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_updated_at_idx\` ON \`_episodes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_created_at_idx\` ON \`_episodes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version__status_idx\` ON \`_episodes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_created_at_idx\` ON \`_episodes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_updated_at_idx\` ON \`_episodes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_snapshot_idx\` ON \`_episodes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_published_locale_idx\` ON \`_episodes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_latest_idx\` ON \`_episodes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_autosave_idx\` ON \`_episodes_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v_locales\` (
  	\`version_title\` text,
  	\`version_captions_id\` integer,
  	\`version_transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_captions_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_episodes_v_version_version_captions_idx\` ON \`_episodes_v_locales\` (\`version_captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_episodes_v_locales_locale_parent_id_unique\` ON \`_episodes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_episodes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_episodes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_order_idx\` ON \`_episodes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_parent_idx\` ON \`_episodes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_path_idx\` ON \`_episodes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_campaigns_id_idx\` ON \`_episodes_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_topics_id_idx\` ON \`_episodes_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_episodes_v_rels_provinces_id_idx\` ON \`_episodes_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_spots_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_spots_audiences_order_idx\` ON \`radio_spots_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_audiences_parent_idx\` ON \`radio_spots_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_spots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`audio_id\` integer,
  	\`spot_length\` numeric,
  	\`language\` text DEFAULT 'lo',
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`radio_spots_slug_idx\` ON \`radio_spots\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_published_at_idx\` ON \`radio_spots\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_audio_idx\` ON \`radio_spots\` (\`audio_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_updated_at_idx\` ON \`radio_spots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_created_at_idx\` ON \`radio_spots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots__status_idx\` ON \`radio_spots\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`radio_spots_locales\` (
  	\`title\` text,
  	\`script\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`radio_spots_locales_locale_parent_id_unique\` ON \`radio_spots_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`radio_spots_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`radio_spots_rels_order_idx\` ON \`radio_spots_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_rels_parent_idx\` ON \`radio_spots_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_rels_path_idx\` ON \`radio_spots_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_rels_campaigns_id_idx\` ON \`radio_spots_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_rels_topics_id_idx\` ON \`radio_spots_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`radio_spots_rels_provinces_id_idx\` ON \`radio_spots_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_spots_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_radio_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_audiences_order_idx\` ON \`_radio_spots_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_audiences_parent_idx\` ON \`_radio_spots_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_spots_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_audio_id\` integer,
  	\`version_spot_length\` numeric,
  	\`version_language\` text DEFAULT 'lo',
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_audio_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_parent_idx\` ON \`_radio_spots_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_slug_idx\` ON \`_radio_spots_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_published_at_idx\` ON \`_radio_spots_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_audio_idx\` ON \`_radio_spots_v\` (\`version_audio_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_updated_at_idx\` ON \`_radio_spots_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version_created_at_idx\` ON \`_radio_spots_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_version_version__status_idx\` ON \`_radio_spots_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_created_at_idx\` ON \`_radio_spots_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_updated_at_idx\` ON \`_radio_spots_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_snapshot_idx\` ON \`_radio_spots_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_published_locale_idx\` ON \`_radio_spots_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_latest_idx\` ON \`_radio_spots_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_autosave_idx\` ON \`_radio_spots_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_radio_spots_v_locales\` (
  	\`version_title\` text,
  	\`version_script\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_radio_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_radio_spots_v_locales_locale_parent_id_unique\` ON \`_radio_spots_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_radio_spots_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_radio_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_rels_order_idx\` ON \`_radio_spots_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_rels_parent_idx\` ON \`_radio_spots_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_rels_path_idx\` ON \`_radio_spots_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_rels_campaigns_id_idx\` ON \`_radio_spots_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_rels_topics_id_idx\` ON \`_radio_spots_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_radio_spots_v_rels_provinces_id_idx\` ON \`_radio_spots_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_spots_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_spots_audiences_order_idx\` ON \`tv_spots_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_audiences_parent_idx\` ON \`tv_spots_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_spots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`video_id\` integer,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_spots_slug_idx\` ON \`tv_spots\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_published_at_idx\` ON \`tv_spots\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_video_idx\` ON \`tv_spots\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_updated_at_idx\` ON \`tv_spots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_created_at_idx\` ON \`tv_spots\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots__status_idx\` ON \`tv_spots\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`tv_spots_locales\` (
  	\`title\` text,
  	\`captions_id\` integer,
  	\`script\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_spots_captions_idx\` ON \`tv_spots_locales\` (\`captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tv_spots_locales_locale_parent_id_unique\` ON \`tv_spots_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`tv_spots_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tv_spots_rels_order_idx\` ON \`tv_spots_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_rels_parent_idx\` ON \`tv_spots_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_rels_path_idx\` ON \`tv_spots_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_rels_campaigns_id_idx\` ON \`tv_spots_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_rels_topics_id_idx\` ON \`tv_spots_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`tv_spots_rels_provinces_id_idx\` ON \`tv_spots_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_spots_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_audiences_order_idx\` ON \`_tv_spots_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_audiences_parent_idx\` ON \`_tv_spots_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_spots_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_video_id\` integer,
  	\`version_duration\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_parent_idx\` ON \`_tv_spots_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_slug_idx\` ON \`_tv_spots_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_published_at_idx\` ON \`_tv_spots_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_video_idx\` ON \`_tv_spots_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_updated_at_idx\` ON \`_tv_spots_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_created_at_idx\` ON \`_tv_spots_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version__status_idx\` ON \`_tv_spots_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_created_at_idx\` ON \`_tv_spots_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_updated_at_idx\` ON \`_tv_spots_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_snapshot_idx\` ON \`_tv_spots_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_published_locale_idx\` ON \`_tv_spots_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_latest_idx\` ON \`_tv_spots_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_autosave_idx\` ON \`_tv_spots_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_tv_spots_v_locales\` (
  	\`version_title\` text,
  	\`version_captions_id\` integer,
  	\`version_script\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_captions_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_tv_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_version_version_captions_idx\` ON \`_tv_spots_v_locales\` (\`version_captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_tv_spots_v_locales_locale_parent_id_unique\` ON \`_tv_spots_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_tv_spots_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_tv_spots_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_rels_order_idx\` ON \`_tv_spots_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_rels_parent_idx\` ON \`_tv_spots_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_rels_path_idx\` ON \`_tv_spots_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_rels_campaigns_id_idx\` ON \`_tv_spots_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_rels_topics_id_idx\` ON \`_tv_spots_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_tv_spots_v_rels_provinces_id_idx\` ON \`_tv_spots_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_platforms_order_idx\` ON \`social_posts_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_platforms_parent_idx\` ON \`social_posts_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_posted_urls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_posted_urls_order_idx\` ON \`social_posts_posted_urls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_posted_urls_parent_id_idx\` ON \`social_posts_posted_urls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_audiences_order_idx\` ON \`social_posts_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_audiences_parent_idx\` ON \`social_posts_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`link\` text,
  	\`scheduled_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`social_posts_slug_idx\` ON \`social_posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_published_at_idx\` ON \`social_posts\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_updated_at_idx\` ON \`social_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_created_at_idx\` ON \`social_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`social_posts__status_idx\` ON \`social_posts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`social_posts_locales_locale_parent_id_unique\` ON \`social_posts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_texts_order_parent\` ON \`social_posts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`social_posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`social_posts_rels_order_idx\` ON \`social_posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_rels_parent_idx\` ON \`social_posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_rels_path_idx\` ON \`social_posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_rels_media_id_idx\` ON \`social_posts_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_rels_campaigns_id_idx\` ON \`social_posts_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_rels_topics_id_idx\` ON \`social_posts_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`social_posts_rels_provinces_id_idx\` ON \`social_posts_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_version_platforms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_platforms_order_idx\` ON \`_social_posts_v_version_platforms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_platforms_parent_idx\` ON \`_social_posts_v_version_platforms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_version_posted_urls\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_posted_urls_order_idx\` ON \`_social_posts_v_version_posted_urls\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_posted_urls_parent_id_idx\` ON \`_social_posts_v_version_posted_urls\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_audiences_order_idx\` ON \`_social_posts_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_audiences_parent_idx\` ON \`_social_posts_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_link\` text,
  	\`version_scheduled_for\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_parent_idx\` ON \`_social_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_version_slug_idx\` ON \`_social_posts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_version_published_at_idx\` ON \`_social_posts_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_version_updated_at_idx\` ON \`_social_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_version_created_at_idx\` ON \`_social_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_version_version__status_idx\` ON \`_social_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_created_at_idx\` ON \`_social_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_updated_at_idx\` ON \`_social_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_snapshot_idx\` ON \`_social_posts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_published_locale_idx\` ON \`_social_posts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_latest_idx\` ON \`_social_posts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_autosave_idx\` ON \`_social_posts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_social_posts_v_locales_locale_parent_id_unique\` ON \`_social_posts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_texts_order_parent\` ON \`_social_posts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_social_posts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_social_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_order_idx\` ON \`_social_posts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_parent_idx\` ON \`_social_posts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_path_idx\` ON \`_social_posts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_media_id_idx\` ON \`_social_posts_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_campaigns_id_idx\` ON \`_social_posts_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_topics_id_idx\` ON \`_social_posts_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_social_posts_v_rels_provinces_id_idx\` ON \`_social_posts_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`news_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_audiences_order_idx\` ON \`news_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_audiences_parent_idx\` ON \`news_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`hero_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_hero_image_idx\` ON \`news\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`news_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`author\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_campaigns_id_idx\` ON \`news_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_topics_id_idx\` ON \`news_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_provinces_id_idx\` ON \`news_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_audiences_order_idx\` ON \`_news_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_audiences_parent_idx\` ON \`_news_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_hero_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_hero_image_idx\` ON \`_news_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_autosave_idx\` ON \`_news_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`version_author\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_campaigns_id_idx\` ON \`_news_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_topics_id_idx\` ON \`_news_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_provinces_id_idx\` ON \`_news_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`duration\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`provinces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`code\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_slug_idx\` ON \`provinces\` (\`slug\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_code_idx\` ON \`provinces\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`provinces_updated_at_idx\` ON \`provinces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provinces_created_at_idx\` ON \`provinces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`provinces_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_locales_locale_parent_id_unique\` ON \`provinces_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_contacts_order_idx\` ON \`partners_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_contacts_parent_id_idx\` ON \`partners_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_allowed_embed_origins\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`origin\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_allowed_embed_origins_order_idx\` ON \`partners_allowed_embed_origins\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partners_allowed_embed_origins_parent_id_idx\` ON \`partners_allowed_embed_origins\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`logo_id\` integer,
  	\`kind\` text DEFAULT 'ngo' NOT NULL,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_slug_idx\` ON \`partners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`partners_logo_idx\` ON \`partners\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_at_idx\` ON \`partners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`partners_created_at_idx\` ON \`partners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`partners_locales\` (
  	\`title\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partners_locales_locale_parent_id_unique\` ON \`partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`partner_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_partner_idx\` ON \`users\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_provinces_id_idx\` ON \`users_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	\`users_id\` integer,
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_hotlines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_hotlines_order_idx\` ON \`site_settings_hotlines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_hotlines_parent_id_idx\` ON \`site_settings_hotlines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_hotlines_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_hotlines_locales_locale_parent_id_unique\` ON \`site_settings_hotlines_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_social_links_order_idx\` ON \`site_settings_social_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_social_links_parent_id_idx\` ON \`site_settings_social_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`footer_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_key_messages\`;`)
  await db.run(sql`DROP TABLE \`campaigns_key_messages_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_audiences\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_key_messages\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_key_messages_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`songs_audiences\`;`)
  await db.run(sql`DROP TABLE \`songs\`;`)
  await db.run(sql`DROP TABLE \`songs_locales\`;`)
  await db.run(sql`DROP TABLE \`songs_texts\`;`)
  await db.run(sql`DROP TABLE \`songs_rels\`;`)
  await db.run(sql`DROP TABLE \`_songs_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_songs_v\`;`)
  await db.run(sql`DROP TABLE \`_songs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_songs_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_songs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`dramas_cast_and_crew\`;`)
  await db.run(sql`DROP TABLE \`dramas_cast_and_crew_locales\`;`)
  await db.run(sql`DROP TABLE \`dramas_audiences\`;`)
  await db.run(sql`DROP TABLE \`dramas\`;`)
  await db.run(sql`DROP TABLE \`dramas_locales\`;`)
  await db.run(sql`DROP TABLE \`dramas_rels\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v_version_cast_and_crew\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v_version_cast_and_crew_locales\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_dramas_v_rels\`;`)
  await db.run(sql`DROP TABLE \`episodes_audiences\`;`)
  await db.run(sql`DROP TABLE \`episodes\`;`)
  await db.run(sql`DROP TABLE \`episodes_locales\`;`)
  await db.run(sql`DROP TABLE \`episodes_rels\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_episodes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`radio_spots_audiences\`;`)
  await db.run(sql`DROP TABLE \`radio_spots\`;`)
  await db.run(sql`DROP TABLE \`radio_spots_locales\`;`)
  await db.run(sql`DROP TABLE \`radio_spots_rels\`;`)
  await db.run(sql`DROP TABLE \`_radio_spots_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_radio_spots_v\`;`)
  await db.run(sql`DROP TABLE \`_radio_spots_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_radio_spots_v_rels\`;`)
  await db.run(sql`DROP TABLE \`tv_spots_audiences\`;`)
  await db.run(sql`DROP TABLE \`tv_spots\`;`)
  await db.run(sql`DROP TABLE \`tv_spots_locales\`;`)
  await db.run(sql`DROP TABLE \`tv_spots_rels\`;`)
  await db.run(sql`DROP TABLE \`_tv_spots_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_tv_spots_v\`;`)
  await db.run(sql`DROP TABLE \`_tv_spots_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_tv_spots_v_rels\`;`)
  await db.run(sql`DROP TABLE \`social_posts_platforms\`;`)
  await db.run(sql`DROP TABLE \`social_posts_posted_urls\`;`)
  await db.run(sql`DROP TABLE \`social_posts_audiences\`;`)
  await db.run(sql`DROP TABLE \`social_posts\`;`)
  await db.run(sql`DROP TABLE \`social_posts_locales\`;`)
  await db.run(sql`DROP TABLE \`social_posts_texts\`;`)
  await db.run(sql`DROP TABLE \`social_posts_rels\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_version_platforms\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_version_posted_urls\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_social_posts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`news_audiences\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`provinces\`;`)
  await db.run(sql`DROP TABLE \`provinces_locales\`;`)
  await db.run(sql`DROP TABLE \`partners_contacts\`;`)
  await db.run(sql`DROP TABLE \`partners_allowed_embed_origins\`;`)
  await db.run(sql`DROP TABLE \`partners\`;`)
  await db.run(sql`DROP TABLE \`partners_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_hotlines\`;`)
  await db.run(sql`DROP TABLE \`site_settings_hotlines_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_social_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
}
