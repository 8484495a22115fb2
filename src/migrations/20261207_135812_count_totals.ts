import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { countTotalsBackfill } from '../reach/countTotalsBackfill'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`period_counts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`period\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`source\` text NOT NULL,
  	\`partner_id\` integer,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`plays\` numeric DEFAULT 0 NOT NULL,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`period_counts_partner_idx\` ON \`period_counts\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`period_type_slug_source_partner_idx\` ON \`period_counts\` (\`period\`,\`type\`,\`slug\`,\`source\`,\`partner_id\`);`)
  await db.run(sql`CREATE TABLE \`day_counts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`plays\` numeric DEFAULT 0 NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`day_counts_day_idx\` ON \`day_counts\` (\`day\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`period_counts_id\` integer REFERENCES period_counts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`day_counts_id\` integer REFERENCES day_counts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_period_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`period_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_day_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`day_counts_id\`);`)
  // The counts made before: added up into the new totals.
  for (const statement of countTotalsBackfill) await db.run(sql.raw(statement))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`period_counts\`;`)
  await db.run(sql`DROP TABLE \`day_counts\`;`)
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
  	\`quizzes_id\` integer,
  	\`polls_id\` integer,
  	\`media_id\` integer,
  	\`redirects_id\` integer,
  	\`topics_id\` integer,
  	\`provinces_id\` integer,
  	\`partners_id\` integer,
  	\`stations_id\` integer,
  	\`services_id\` integer,
  	\`broadcasts_id\` integer,
  	\`reach_reports_id\` integer,
  	\`indicators_id\` integer,
  	\`targets_id\` integer,
  	\`questions_id\` integer,
  	\`users_id\` integer,
  	\`daily_counts_id\` integer,
  	\`quiz_tallies_id\` integer,
  	\`poll_tallies_id\` integer,
  	\`poll_voters_id\` integer,
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
  	FOREIGN KEY (\`quizzes_id\`) REFERENCES \`quizzes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`polls_id\`) REFERENCES \`polls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stations_id\`) REFERENCES \`stations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcasts_id\`) REFERENCES \`broadcasts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reach_reports_id\`) REFERENCES \`reach_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`targets_id\`) REFERENCES \`targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`daily_counts_id\`) REFERENCES \`daily_counts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quiz_tallies_id\`) REFERENCES \`quiz_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poll_tallies_id\`) REFERENCES \`poll_tallies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`poll_voters_id\`) REFERENCES \`poll_voters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`published_slugs_id\`) REFERENCES \`published_slugs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "quizzes_id", "polls_id", "media_id", "redirects_id", "topics_id", "provinces_id", "partners_id", "stations_id", "services_id", "broadcasts_id", "reach_reports_id", "indicators_id", "targets_id", "questions_id", "users_id", "daily_counts_id", "quiz_tallies_id", "poll_tallies_id", "poll_voters_id", "published_slugs_id") SELECT "id", "order", "parent_id", "path", "campaigns_id", "songs_id", "dramas_id", "episodes_id", "radio_spots_id", "tv_spots_id", "social_posts_id", "news_id", "quizzes_id", "polls_id", "media_id", "redirects_id", "topics_id", "provinces_id", "partners_id", "stations_id", "services_id", "broadcasts_id", "reach_reports_id", "indicators_id", "targets_id", "questions_id", "users_id", "daily_counts_id", "quiz_tallies_id", "poll_tallies_id", "poll_voters_id", "published_slugs_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quizzes_id_idx\` ON \`payload_locked_documents_rels\` (\`quizzes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_polls_id_idx\` ON \`payload_locked_documents_rels\` (\`polls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stations_id_idx\` ON \`payload_locked_documents_rels\` (\`stations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcasts_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcasts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reach_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reach_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_daily_counts_id_idx\` ON \`payload_locked_documents_rels\` (\`daily_counts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quiz_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`quiz_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_tallies_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_tallies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_poll_voters_id_idx\` ON \`payload_locked_documents_rels\` (\`poll_voters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_slugs_id_idx\` ON \`payload_locked_documents_rels\` (\`published_slugs_id\`);`)
}
