import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000_workforce_model } from './Migration20261129000000_workforce_model';

/** Every migration, in order. Listed explicitly so built JS and TypeScript under jest run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000_workforce_model', class: Migration20261129000000_workforce_model },
];
