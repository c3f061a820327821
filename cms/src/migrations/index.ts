import * as migration_20261123_030158_initial from './20261123_030158_initial';
import * as migration_20261123_041627_content_model_and_workflow from './20261123_041627_content_model_and_workflow';
import * as migration_20261123_042339_directory_curation_and_midwives from './20261123_042339_directory_curation_and_midwives';
import * as migration_20261123_054406_publish_pipeline from './20261123_054406_publish_pipeline';
import * as migration_20261205_115023_agenda_cancelled from './20261205_115023_agenda_cancelled';
import * as migration_20261205_144551_journeys from './20261205_144551_journeys';
import * as migration_20261205_144619_sae_referent_contacts from './20261205_144619_sae_referent_contacts';
import * as migration_20261205_144759_bib_section_order from './20261205_144759_bib_section_order';
import * as migration_20261205_145026_media_portals from './20261205_145026_media_portals';
import * as migration_20261205_150104_login_throttle from './20261205_150104_login_throttle';
import * as migration_20261205_180750_wordpress_source from './20261205_180750_wordpress_source';
import * as migration_20261205_180914_newsletter from './20261205_180914_newsletter';
import * as migration_20261205_181450_redirects_follow_documents from './20261205_181450_redirects_follow_documents';
import * as migration_20261205_181527_reader_messages from './20261205_181527_reader_messages';
import * as migration_20261205_183647_retention_job from './20261205_183647_retention_job';

export const migrations = [
  {
    up: migration_20261123_030158_initial.up,
    down: migration_20261123_030158_initial.down,
    name: '20261123_030158_initial',
  },
  {
    up: migration_20261123_041627_content_model_and_workflow.up,
    down: migration_20261123_041627_content_model_and_workflow.down,
    name: '20261123_041627_content_model_and_workflow',
  },
  {
    up: migration_20261123_042339_directory_curation_and_midwives.up,
    down: migration_20261123_042339_directory_curation_and_midwives.down,
    name: '20261123_042339_directory_curation_and_midwives',
  },
  {
    up: migration_20261123_054406_publish_pipeline.up,
    down: migration_20261123_054406_publish_pipeline.down,
    name: '20261123_054406_publish_pipeline',
  },
  {
    up: migration_20261205_115023_agenda_cancelled.up,
    down: migration_20261205_115023_agenda_cancelled.down,
    name: '20261205_115023_agenda_cancelled',
  },
  {
    up: migration_20261205_144551_journeys.up,
    down: migration_20261205_144551_journeys.down,
    name: '20261205_144551_journeys',
  },
  {
    up: migration_20261205_144619_sae_referent_contacts.up,
    down: migration_20261205_144619_sae_referent_contacts.down,
    name: '20261205_144619_sae_referent_contacts',
  },
  {
    up: migration_20261205_144759_bib_section_order.up,
    down: migration_20261205_144759_bib_section_order.down,
    name: '20261205_144759_bib_section_order',
  },
  {
    up: migration_20261205_145026_media_portals.up,
    down: migration_20261205_145026_media_portals.down,
    name: '20261205_145026_media_portals',
  },
  {
    up: migration_20261205_150104_login_throttle.up,
    down: migration_20261205_150104_login_throttle.down,
    name: '20261205_150104_login_throttle',
  },
  {
    up: migration_20261205_180750_wordpress_source.up,
    down: migration_20261205_180750_wordpress_source.down,
    name: '20261205_180750_wordpress_source',
  },
  {
    up: migration_20261205_180914_newsletter.up,
    down: migration_20261205_180914_newsletter.down,
    name: '20261205_180914_newsletter',
  },
  {
    up: migration_20261205_181450_redirects_follow_documents.up,
    down: migration_20261205_181450_redirects_follow_documents.down,
    name: '20261205_181450_redirects_follow_documents',
  },
  {
    up: migration_20261205_181527_reader_messages.up,
    down: migration_20261205_181527_reader_messages.down,
    name: '20261205_181527_reader_messages',
  },
  {
    up: migration_20261205_183647_retention_job.up,
    down: migration_20261205_183647_retention_job.down,
    name: '20261205_183647_retention_job',
  },
];
