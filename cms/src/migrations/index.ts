import * as migration_20261123_030158_initial from './20261123_030158_initial';

export const migrations = [
  {
    up: migration_20261123_030158_initial.up,
    down: migration_20261123_030158_initial.down,
    name: '20261123_030158_initial'
  },
];
