import * as migration_20261123_030158_initial from './20261123_030158_initial';
import * as migration_20261123_032704_content_types from './20261123_032704_content_types';
import * as migration_20261123_033317_referent_role from './20261123_033317_referent_role';
import * as migration_20261123_034013_editorial_workflow from './20261123_034013_editorial_workflow';
import * as migration_20261123_034931_translation_status from './20261123_034931_translation_status';
import * as migration_20261123_035350_audit_log from './20261123_035350_audit_log';
import * as migration_20261123_040258_scheduled_publishing from './20261123_040258_scheduled_publishing';

export const migrations = [
  {
    up: migration_20261123_030158_initial.up,
    down: migration_20261123_030158_initial.down,
    name: '20261123_030158_initial',
  },
  {
    up: migration_20261123_032704_content_types.up,
    down: migration_20261123_032704_content_types.down,
    name: '20261123_032704_content_types',
  },
  {
    up: migration_20261123_033317_referent_role.up,
    down: migration_20261123_033317_referent_role.down,
    name: '20261123_033317_referent_role',
  },
  {
    up: migration_20261123_034013_editorial_workflow.up,
    down: migration_20261123_034013_editorial_workflow.down,
    name: '20261123_034013_editorial_workflow',
  },
  {
    up: migration_20261123_034931_translation_status.up,
    down: migration_20261123_034931_translation_status.down,
    name: '20261123_034931_translation_status',
  },
  {
    up: migration_20261123_035350_audit_log.up,
    down: migration_20261123_035350_audit_log.down,
    name: '20261123_035350_audit_log',
  },
  {
    up: migration_20261123_040258_scheduled_publishing.up,
    down: migration_20261123_040258_scheduled_publishing.down,
    name: '20261123_040258_scheduled_publishing'
  },
];
