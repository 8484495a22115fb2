import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`quizzes_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_questions_options_order_idx\` ON \`quizzes_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_questions_options_parent_id_idx\` ON \`quizzes_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_questions_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes_questions_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quizzes_questions_options_locales_locale_parent_id_unique\` ON \`quizzes_questions_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_questions_options_locales_parent_id_idx\` ON \`quizzes_questions_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_questions_order_idx\` ON \`quizzes_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_questions_parent_id_idx\` ON \`quizzes_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_questions_locales\` (
  	\`question\` text,
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quizzes_questions_locales_locale_parent_id_unique\` ON \`quizzes_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_questions_locales_parent_id_idx\` ON \`quizzes_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_audiences_order_idx\` ON \`quizzes_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_audiences_parent_idx\` ON \`quizzes_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_workflow_history_order_idx\` ON \`quizzes_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_workflow_history_parent_id_idx\` ON \`quizzes_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_workflow_history_by_idx\` ON \`quizzes_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quizzes_slug_idx\` ON \`quizzes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_published_at_idx\` ON \`quizzes\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_workflow_status_idx\` ON \`quizzes\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_updated_at_idx\` ON \`quizzes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_created_at_idx\` ON \`quizzes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quizzes__status_idx\` ON \`quizzes\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_8_idx\` ON \`quizzes\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`quizzes_locales_locale_parent_id_unique\` ON \`quizzes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_locales_parent_id_idx\` ON \`quizzes_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`quizzes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`quizzes_rels_order_idx\` ON \`quizzes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_parent_idx\` ON \`quizzes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_path_idx\` ON \`quizzes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_campaigns_id_idx\` ON \`quizzes_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_topics_id_idx\` ON \`quizzes_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`quizzes_rels_provinces_id_idx\` ON \`quizzes_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`correct\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quizzes_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_questions_options_order_idx\` ON \`_quizzes_v_version_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_questions_options_parent_id_idx\` ON \`_quizzes_v_version_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_questions_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quizzes_v_version_questions_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_quizzes_v_version_questions_options_locales_locale_parent_i\` ON \`_quizzes_v_version_questions_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_questions_options_locales_parent_id_idx\` ON \`_quizzes_v_version_questions_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_questions_order_idx\` ON \`_quizzes_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_questions_parent_id_idx\` ON \`_quizzes_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_questions_locales\` (
  	\`question\` text,
  	\`explanation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quizzes_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_quizzes_v_version_questions_locales_locale_parent_id_unique\` ON \`_quizzes_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_questions_locales_parent_id_idx\` ON \`_quizzes_v_version_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_audiences_order_idx\` ON \`_quizzes_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_audiences_parent_idx\` ON \`_quizzes_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_workflow_history_order_idx\` ON \`_quizzes_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_workflow_history_parent_id_idx\` ON \`_quizzes_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_workflow_history_by_idx\` ON \`_quizzes_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_parent_idx\` ON \`_quizzes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_slug_idx\` ON \`_quizzes_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_published_at_idx\` ON \`_quizzes_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_workflow_status_idx\` ON \`_quizzes_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_updated_at_idx\` ON \`_quizzes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version_created_at_idx\` ON \`_quizzes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_version_version__status_idx\` ON \`_quizzes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_created_at_idx\` ON \`_quizzes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_updated_at_idx\` ON \`_quizzes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_snapshot_idx\` ON \`_quizzes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_published_locale_idx\` ON \`_quizzes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_latest_idx\` ON \`_quizzes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_autosave_idx\` ON \`_quizzes_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_8_idx\` ON \`_quizzes_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_quizzes_v_locales_locale_parent_id_unique\` ON \`_quizzes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_locales_parent_id_idx\` ON \`_quizzes_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_quizzes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_quizzes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_order_idx\` ON \`_quizzes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_parent_idx\` ON \`_quizzes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_path_idx\` ON \`_quizzes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_campaigns_id_idx\` ON \`_quizzes_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_topics_id_idx\` ON \`_quizzes_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_quizzes_v_rels_provinces_id_idx\` ON \`_quizzes_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`polls_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_options_order_idx\` ON \`polls_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`polls_options_parent_id_idx\` ON \`polls_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`polls_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_options_locales_locale_parent_id_unique\` ON \`polls_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_options_locales_parent_id_idx\` ON \`polls_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`polls_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_audiences_order_idx\` ON \`polls_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`polls_audiences_parent_idx\` ON \`polls_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`polls_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_workflow_history_order_idx\` ON \`polls_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`polls_workflow_history_parent_id_idx\` ON \`polls_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_workflow_history_by_idx\` ON \`polls_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`polls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`published_at\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`show_results\` text DEFAULT 'after-vote',
  	\`workflow_status\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_slug_idx\` ON \`polls\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`polls_published_at_idx\` ON \`polls\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_workflow_status_idx\` ON \`polls\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`polls_updated_at_idx\` ON \`polls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`polls_created_at_idx\` ON \`polls\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`polls__status_idx\` ON \`polls\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_9_idx\` ON \`polls\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`polls_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`polls_locales_locale_parent_id_unique\` ON \`polls_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_locales_parent_id_idx\` ON \`polls_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`polls_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`polls_rels_order_idx\` ON \`polls_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`polls_rels_parent_idx\` ON \`polls_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_rels_path_idx\` ON \`polls_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`polls_rels_campaigns_id_idx\` ON \`polls_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_rels_topics_id_idx\` ON \`polls_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`polls_rels_provinces_id_idx\` ON \`polls_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_version_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_polls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_version_options_order_idx\` ON \`_polls_v_version_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_options_parent_id_idx\` ON \`_polls_v_version_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_version_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_polls_v_version_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_polls_v_version_options_locales_locale_parent_id_unique\` ON \`_polls_v_version_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_options_locales_parent_id_idx\` ON \`_polls_v_version_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_polls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_version_audiences_order_idx\` ON \`_polls_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_audiences_parent_idx\` ON \`_polls_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_version_workflow_history\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_polls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_version_workflow_history_order_idx\` ON \`_polls_v_version_workflow_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_workflow_history_parent_id_idx\` ON \`_polls_v_version_workflow_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_workflow_history_by_idx\` ON \`_polls_v_version_workflow_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_show_results\` text DEFAULT 'after-vote',
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_parent_idx\` ON \`_polls_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_slug_idx\` ON \`_polls_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_published_at_idx\` ON \`_polls_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_workflow_status_idx\` ON \`_polls_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_updated_at_idx\` ON \`_polls_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version_created_at_idx\` ON \`_polls_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_version_version__status_idx\` ON \`_polls_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_created_at_idx\` ON \`_polls_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_updated_at_idx\` ON \`_polls_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_snapshot_idx\` ON \`_polls_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_published_locale_idx\` ON \`_polls_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_latest_idx\` ON \`_polls_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_autosave_idx\` ON \`_polls_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_9_idx\` ON \`_polls_v\` (\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_polls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_polls_v_locales_locale_parent_id_unique\` ON \`_polls_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_locales_parent_id_idx\` ON \`_polls_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_polls_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`campaigns_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_polls_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_polls_v_rels_order_idx\` ON \`_polls_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_rels_parent_idx\` ON \`_polls_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_rels_path_idx\` ON \`_polls_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_rels_campaigns_id_idx\` ON \`_polls_v_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_rels_topics_id_idx\` ON \`_polls_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_polls_v_rels_provinces_id_idx\` ON \`_polls_v_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE TABLE \`quiz_tallies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quiz_id\` integer NOT NULL,
  	\`question\` numeric NOT NULL,
  	\`period\` text NOT NULL,
  	\`age_band\` text,
  	\`sex\` text,
  	\`province_id\` integer,
  	\`answered\` numeric DEFAULT 0 NOT NULL,
  	\`right\` numeric DEFAULT 0 NOT NULL,
  	FOREIGN KEY (\`quiz_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quiz_tallies_quiz_idx\` ON \`quiz_tallies\` (\`quiz_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_tallies_province_idx\` ON \`quiz_tallies\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`quiz_period_idx\` ON \`quiz_tallies\` (\`quiz_id\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`poll_tallies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`poll_id\` integer NOT NULL,
  	\`option\` numeric NOT NULL,
  	\`period\` text NOT NULL,
  	\`age_band\` text,
  	\`sex\` text,
  	\`province_id\` integer,
  	\`votes\` numeric DEFAULT 0 NOT NULL,
  	FOREIGN KEY (\`poll_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`poll_tallies_poll_idx\` ON \`poll_tallies\` (\`poll_id\`);`)
  await db.run(sql`CREATE INDEX \`poll_tallies_province_idx\` ON \`poll_tallies\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`poll_period_idx\` ON \`poll_tallies\` (\`poll_id\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`poll_voters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`poll_id\` integer NOT NULL,
  	\`voter\` text NOT NULL,
  	FOREIGN KEY (\`poll_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`poll_voters_poll_idx\` ON \`poll_voters\` (\`poll_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`poll_voter_idx\` ON \`poll_voters\` (\`poll_id\`,\`voter\`);`)
  await db.run(sql`ALTER TABLE \`redirects_rels\` ADD \`quizzes_id\` integer REFERENCES quizzes(id);`)
  await db.run(sql`ALTER TABLE \`redirects_rels\` ADD \`polls_id\` integer REFERENCES polls(id);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_quizzes_id_idx\` ON \`redirects_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_polls_id_idx\` ON \`redirects_rels\` (\`polls_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quizzes_id\` integer REFERENCES quizzes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`polls_id\` integer REFERENCES polls(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`quiz_tallies_id\` integer REFERENCES quiz_tallies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`poll_tallies_id\` integer REFERENCES poll_tallies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`poll_voters_id\` integer REFERENCES poll_voters(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_polls_id_idx\` ON \`payload_locked_documents_rels\` (\`polls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_voters_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_voters_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`quizzes_questions_options\`;`)
  await db.run(sql`DROP TABLE \`quizzes_questions_options_locales\`;`)
  await db.run(sql`DROP TABLE \`quizzes_questions\`;`)
  await db.run(sql`DROP TABLE \`quizzes_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`quizzes_audiences\`;`)
  await db.run(sql`DROP TABLE \`quizzes_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`quizzes\`;`)
  await db.run(sql`DROP TABLE \`quizzes_locales\`;`)
  await db.run(sql`DROP TABLE \`quizzes_rels\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_questions_options\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_questions_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_quizzes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`polls_options\`;`)
  await db.run(sql`DROP TABLE \`polls_options_locales\`;`)
  await db.run(sql`DROP TABLE \`polls_audiences\`;`)
  await db.run(sql`DROP TABLE \`polls_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`polls\`;`)
  await db.run(sql`DROP TABLE \`polls_locales\`;`)
  await db.run(sql`DROP TABLE \`polls_rels\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_version_options\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_version_options_locales\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_version_workflow_history\`;`)
  await db.run(sql`DROP TABLE \`_polls_v\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_polls_v_rels\`;`)
  await db.run(sql`DROP TABLE \`quiz_tallies\`;`)
  await db.run(sql`DROP TABLE \`poll_tallies\`;`)
  await db.run(sql`DROP TABLE \`poll_voters\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`songs_id\` integer,
  	\`dramas_id\` integer,
  	\`episodes_id\` integer,
  	\`radio_spots_id\` integer,
  	\`tv_spots_id\` integer,
  	\`social_posts_id\` integer,
  	\`news_id\` integer,
  	\`campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`songs_id\`) REFERENCES \`songs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dramas_id\`) REFERENCES \`dramas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`episodes_id\`) REFERENCES \`episodes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`radio_spots_id\`) REFERENCES \`radio_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tv_spots_id\`) REFERENCES \`tv_spots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`social_posts_id\`) REFERENCES \`social_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_redirects_rels\`("id", "order", "parent_id", "path", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "campaigns_id") SELECT "id", "order", "parent_id", "path", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "campaigns_id" FROM \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_redirects_rels\` RENAME TO \`redirects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_songs_id_idx\` ON \`redirects_rels\` (\`songs_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_dramas_id_idx\` ON \`redirects_rels\` (\`dramas_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_episodes_id_idx\` ON \`redirects_rels\` (\`episodes_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_radio_spots_id_idx\` ON \`redirects_rels\` (\`radio_spots_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_tv_spots_id_idx\` ON \`redirects_rels\` (\`tv_spots_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_social_posts_id_idx\` ON \`redirects_rels\` (\`social_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_news_id_idx\` ON \`redirects_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_campaigns_id_idx\` ON \`redirects_rels\` (\`campaigns_id\`);`)
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
  	\`redirects_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	\`partners_id\` integer,
  	\`stations_id\` integer,
  	\`services_id\` integer,
  	\`broadcasts_id\` integer,
  	\`reach_reports_id\` integer,
  	\`questions_id\` integer,
  	\`users_id\` integer,
  	\`daily_counts_id\` integer,
  	\`published_slugs_id\` integer,
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
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcasts_id\`) REFERENCES \`broadcasts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reach_reports_id\`) REFERENCES \`reach_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`daily_counts_id\`) REFERENCES \`daily_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_slugs_id\`) REFERENCES \`published_slugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "media_id", "redirects_id", "topics_id", "provinces_id", "partners_id", "stations_id", "services_id", "broadcasts_id", "reach_reports_id", "questions_id", "users_id", "daily_counts_id", "published_slugs_id") SELECT "id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "media_id", "redirects_id", "topics_id", "provinces_id", "partners_id", "stations_id", "services_id", "broadcasts_id", "reach_reports_id", "questions_id", "users_id", "daily_counts_id", "published_slugs_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcasts_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcasts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_daily_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`daily_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_slugs_id_idx\` ON \`payload_locked_documents_rels\` (\`published_slugs_id\`);`)
}
