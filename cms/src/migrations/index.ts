import * as migration_20261123_030158_initial from './20261123_030158_initial';
import * as migration_20261123_032704_content_types from './20261123_032704_content_types';

export const migrations = [
  {
    up: migration_20261123_030158_initial.up,
    down: migration_20261123_030158_initial.down,
    name: '20261123_030158_initial',
  },
  {
    up: migration_20261123_032704_content_types.up,
    down: migration_20261123_032704_content_types.down,
    name: '20261123_032704_content_types'
  },
];
