import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000_workforce_model } from './Migration20261129000000_workforce_model';
import { Migration20261129090000_analytics } from './Migration20261129090000_analytics';
import { Migration20261129091000_analytics_views } from './Migration20261129091000_analytics_views';
import { Migration20261129092000_analytics_rollups } from './Migration20261129092000_analytics_rollups';
import { Migration20261129093000_staff_record_indexes } from './Migration20261129093000_staff_record_indexes';
import { Migration20261129100000_access_control } from './Migration20261129100000_access_control';
import { Migration20261129110000_commissioning } from './Migration20261129110000_commissioning';
import { Migration20261129120000_planning } from './Migration20261129120000_planning';

/** Every migration, in order. Listed explicitly so built JS and TypeScript under jest run the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000_workforce_model', class: Migration20261129000000_workforce_model },
  { name: 'Migration20261129090000_analytics', class: Migration20261129090000_analytics },
  { name: 'Migration20261129091000_analytics_views', class: Migration20261129091000_analytics_views },
  { name: 'Migration20261129092000_analytics_rollups', class: Migration20261129092000_analytics_rollups },
  { name: 'Migration20261129093000_staff_record_indexes', class: Migration20261129093000_staff_record_indexes },
  { name: 'Migration20261129100000_access_control', class: Migration20261129100000_access_control },
  { name: 'Migration20261129110000_commissioning', class: Migration20261129110000_commissioning },
  { name: 'Migration20261129120000_planning', class: Migration20261129120000_planning },
];
