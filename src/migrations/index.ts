import * as migration_20261128_020435_initial from './20261128_020435_initial';

export const migrations = [
  {
    up: migration_20261128_020435_initial.up,
    down: migration_20261128_020435_initial.down,
    name: '20261128_020435_initial'
  },
];
