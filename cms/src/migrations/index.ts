import * as migration_20261123_030158_initial from './20261123_030158_initial';
import * as migration_20261123_033214_localized_parent_indexes from './20261123_033214_localized_parent_indexes';

export const migrations = [
  {
    up: migration_20261123_030158_initial.up,
    down: migration_20261123_030158_initial.down,
    name: '20261123_030158_initial',
  },
  {
    up: migration_20261123_033214_localized_parent_indexes.up,
    down: migration_20261123_033214_localized_parent_indexes.down,
    name: '20261123_033214_localized_parent_indexes'
  },
];
