import { registerEnumType } from 'type-graphql';

/** A way to split the workforce: by where, what service, who employs, which role, which contract, which year. */
export enum Dimension {
  REGION = 'REGION',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  MAIN_SERVICE = 'MAIN_SERVICE',
  SERVICE_GROUP = 'SERVICE_GROUP',
  SECTOR = 'SECTOR',
  EMPLOYER_TYPE = 'EMPLOYER_TYPE',
  JOB_ROLE = 'JOB_ROLE',
  JOB_ROLE_GROUP = 'JOB_ROLE_GROUP',
  CONTRACT = 'CONTRACT',
  PERIOD = 'PERIOD',
}

registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A grouping of the workforce. Codes: REGION and LOCAL_AUTHORITY (CSSR), MAIN_SERVICE, EMPLOYER_TYPE, JOB_ROLE and CONTRACT use the ASC-WDS numeric codes; SERVICE_GROUP, SECTOR and JOB_ROLE_GROUP use text codes (see the `label`); PERIOD is the return period such as 2024-25.',
});

/** Which fact a dimension belongs to: the workplace's return, or the staff record (its main job role, its contract). */
export type DimensionLevel = 'workplace' | 'role' | 'contract';

export interface DimensionColumns {
  /** column of wf_workplace_fact / wf_staff_fact holding the code (text) */
  code: string;
  /** column holding the label */
  label: string;
  level: DimensionLevel;
}

/** The fact-view columns behind each dimension (migrations/Migration20261129090000_analytics.ts). */
export const dimensionColumns: Record<Dimension, DimensionColumns> = {
  [Dimension.REGION]: { code: 'region_code', label: 'region_label', level: 'workplace' },
  [Dimension.LOCAL_AUTHORITY]: { code: 'local_authority_code', label: 'local_authority_label', level: 'workplace' },
  [Dimension.MAIN_SERVICE]: { code: 'main_service_code', label: 'main_service_label', level: 'workplace' },
  [Dimension.SERVICE_GROUP]: { code: 'service_group_code', label: 'service_group_label', level: 'workplace' },
  [Dimension.SECTOR]: { code: 'sector_code', label: 'sector_label', level: 'workplace' },
  [Dimension.EMPLOYER_TYPE]: { code: 'employer_type_code', label: 'employer_type_label', level: 'workplace' },
  [Dimension.PERIOD]: { code: 'period', label: 'period', level: 'workplace' },
  [Dimension.JOB_ROLE]: { code: 'job_role::text', label: 'job_role_label', level: 'role' },
  [Dimension.JOB_ROLE_GROUP]: { code: 'job_role_group_code', label: 'job_role_group_label', level: 'role' },
  [Dimension.CONTRACT]: { code: 'contract_code', label: 'contract_label', level: 'contract' },
};
