import * as migration_20261128_020435_initial from './20261128_020435_initial';
import * as migration_20261128_030057_media_pipeline from './20261128_030057_media_pipeline';
import * as migration_20261128_031132_media_visibility from './20261128_031132_media_visibility';
import * as migration_20261128_031821_media_metadata from './20261128_031821_media_metadata';
import * as migration_20261128_032708_media_sweep from './20261128_032708_media_sweep';
import * as migration_20261128_033726_s3_fields from './20261128_033726_s3_fields';
import * as migration_20261128_043640_media_avif_sizes from './20261128_043640_media_avif_sizes';
import * as migration_20261128_083330_embeds_and_counts from './20261128_083330_embeds_and_counts';
import * as migration_20261128_103426_locale_parent_index from './20261128_103426_locale_parent_index';
import * as migration_20261128_111039_editorial_workflow from './20261128_111039_editorial_workflow';
import * as migration_20261128_135652_published_list_index from './20261128_135652_published_list_index';
import * as migration_20261128_141905_many_value_parent_index from './20261128_141905_many_value_parent_index';
import * as migration_20261128_142434_stations from './20261128_142434_stations';
import * as migration_20261128_143300_broadcasts from './20261128_143300_broadcasts';
import * as migration_20261128_145943_reach_reports from './20261128_145943_reach_reports';
import * as migration_20261128_164416_media_renditions from './20261128_164416_media_renditions';
import * as migration_20261206_114531_sign_ins_throttled_not_locked from './20261206_114531_sign_ins_throttled_not_locked';
import * as migration_20261206_120402_broadcast_slots from './20261206_120402_broadcast_slots';
import * as migration_20261206_192835_podcast_feeds from './20261206_192835_podcast_feeds';
import * as migration_20261206_193229_redirects_and_published_slugs from './20261206_193229_redirects_and_published_slugs';
import * as migration_20261206_205600_embed_contact from './20261206_205600_embed_contact';
import * as migration_20261206_225215_station_names_localized from './20261206_225215_station_names_localized';
import * as migration_20261207_024457_help_and_services from './20261207_024457_help_and_services';
import * as migration_20261207_032953_questions from './20261207_032953_questions';
import * as migration_20261207_084908_quizzes_and_polls from './20261207_084908_quizzes_and_polls';
import * as migration_20261207_114638_indicators_and_targets from './20261207_114638_indicators_and_targets';
import * as migration_20261207_135812_count_totals from './20261207_135812_count_totals';
import * as migration_20261207_140236_reach_by_sex_and_age from './20261207_140236_reach_by_sex_and_age';
import * as migration_20261207_145046_plan_audit_trail from './20261207_145046_plan_audit_trail';
import * as migration_20261207_170000_references_on_delete from './20261207_170000_references_on_delete';

export const migrations = [
  {
    up: migration_20261128_020435_initial.up,
    down: migration_20261128_020435_initial.down,
    name: '20261128_020435_initial',
  },
  {
    up: migration_20261128_030057_media_pipeline.up,
    down: migration_20261128_030057_media_pipeline.down,
    name: '20261128_030057_media_pipeline',
  },
  {
    up: migration_20261128_031132_media_visibility.up,
    down: migration_20261128_031132_media_visibility.down,
    name: '20261128_031132_media_visibility',
  },
  {
    up: migration_20261128_031821_media_metadata.up,
    down: migration_20261128_031821_media_metadata.down,
    name: '20261128_031821_media_metadata',
  },
  {
    up: migration_20261128_032708_media_sweep.up,
    down: migration_20261128_032708_media_sweep.down,
    name: '20261128_032708_media_sweep',
  },
  {
    up: migration_20261128_033726_s3_fields.up,
    down: migration_20261128_033726_s3_fields.down,
    name: '20261128_033726_s3_fields',
  },
  {
    up: migration_20261128_043640_media_avif_sizes.up,
    down: migration_20261128_043640_media_avif_sizes.down,
    name: '20261128_043640_media_avif_sizes',
  },
  {
    up: migration_20261128_083330_embeds_and_counts.up,
    down: migration_20261128_083330_embeds_and_counts.down,
    name: '20261128_083330_embeds_and_counts',
  },
  {
    up: migration_20261128_103426_locale_parent_index.up,
    down: migration_20261128_103426_locale_parent_index.down,
    name: '20261128_103426_locale_parent_index',
  },
  {
    up: migration_20261128_111039_editorial_workflow.up,
    down: migration_20261128_111039_editorial_workflow.down,
    name: '20261128_111039_editorial_workflow',
  },
  {
    up: migration_20261128_135652_published_list_index.up,
    down: migration_20261128_135652_published_list_index.down,
    name: '20261128_135652_published_list_index',
  },
  {
    up: migration_20261128_141905_many_value_parent_index.up,
    down: migration_20261128_141905_many_value_parent_index.down,
    name: '20261128_141905_many_value_parent_index',
  },
  {
    up: migration_20261128_142434_stations.up,
    down: migration_20261128_142434_stations.down,
    name: '20261128_142434_stations',
  },
  {
    up: migration_20261128_143300_broadcasts.up,
    down: migration_20261128_143300_broadcasts.down,
    name: '20261128_143300_broadcasts',
  },
  {
    up: migration_20261128_145943_reach_reports.up,
    down: migration_20261128_145943_reach_reports.down,
    name: '20261128_145943_reach_reports',
  },
  {
    up: migration_20261128_164416_media_renditions.up,
    down: migration_20261128_164416_media_renditions.down,
    name: '20261128_164416_media_renditions',
  },
  {
    up: migration_20261206_114531_sign_ins_throttled_not_locked.up,
    down: migration_20261206_114531_sign_ins_throttled_not_locked.down,
    name: '20261206_114531_sign_ins_throttled_not_locked',
  },
  {
    up: migration_20261206_120402_broadcast_slots.up,
    down: migration_20261206_120402_broadcast_slots.down,
    name: '20261206_120402_broadcast_slots',
  },
  {
    up: migration_20261206_192835_podcast_feeds.up,
    down: migration_20261206_192835_podcast_feeds.down,
    name: '20261206_192835_podcast_feeds',
  },
  {
    up: migration_20261206_193229_redirects_and_published_slugs.up,
    down: migration_20261206_193229_redirects_and_published_slugs.down,
    name: '20261206_193229_redirects_and_published_slugs',
  },
  {
    up: migration_20261206_205600_embed_contact.up,
    down: migration_20261206_205600_embed_contact.down,
    name: '20261206_205600_embed_contact',
  },
  {
    up: migration_20261206_225215_station_names_localized.up,
    down: migration_20261206_225215_station_names_localized.down,
    name: '20261206_225215_station_names_localized',
  },
  {
    up: migration_20261207_024457_help_and_services.up,
    down: migration_20261207_024457_help_and_services.down,
    name: '20261207_024457_help_and_services',
  },
  {
    up: migration_20261207_032953_questions.up,
    down: migration_20261207_032953_questions.down,
    name: '20261207_032953_questions',
  },
  {
    up: migration_20261207_084908_quizzes_and_polls.up,
    down: migration_20261207_084908_quizzes_and_polls.down,
    name: '20261207_084908_quizzes_and_polls',
  },
  {
    up: migration_20261207_114638_indicators_and_targets.up,
    down: migration_20261207_114638_indicators_and_targets.down,
    name: '20261207_114638_indicators_and_targets',
  },
  {
    up: migration_20261207_135812_count_totals.up,
    down: migration_20261207_135812_count_totals.down,
    name: '20261207_135812_count_totals',
  },
  {
    up: migration_20261207_140236_reach_by_sex_and_age.up,
    down: migration_20261207_140236_reach_by_sex_and_age.down,
    name: '20261207_140236_reach_by_sex_and_age',
  },
  {
    up: migration_20261207_145046_plan_audit_trail.up,
    down: migration_20261207_145046_plan_audit_trail.down,
    name: '20261207_145046_plan_audit_trail',
  },
  {
    up: migration_20261207_170000_references_on_delete.up,
    down: migration_20261207_170000_references_on_delete.down,
    name: '20261207_170000_references_on_delete',
  },
];
