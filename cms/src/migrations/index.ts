import * as migration_20261123_030158_initial from './20261123_030158_initial';
import * as migration_20261123_041627_content_model_and_workflow from './20261123_041627_content_model_and_workflow';
import * as migration_20261123_042339_directory_curation_and_midwives from './20261123_042339_directory_curation_and_midwives';
import * as migration_20261123_054406_publish_pipeline from './20261123_054406_publish_pipeline';
import * as migration_20261205_115023_agenda_cancelled from './20261205_115023_agenda_cancelled';
import * as migration_20261205_144759_bib_section_order from './20261205_144759_bib_section_order';

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
    up: migration_20261205_144759_bib_section_order.up,
    down: migration_20261205_144759_bib_section_order.down,
    name: '20261205_144759_bib_section_order'
  },
];
