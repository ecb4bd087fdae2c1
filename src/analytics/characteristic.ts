import { registerEnumType } from 'type-graphql';

/** A personal characteristic of the workforce, shown as the share of staff records in each category. */
export enum Characteristic {
  GENDER = 'GENDER',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  ETHNICITY = 'ETHNICITY',
  AGE_BAND = 'AGE_BAND',
  NATIONALITY_GROUP = 'NATIONALITY_GROUP',
  DISABILITY = 'DISABILITY',
  CONTRACT = 'CONTRACT',
  JOB_ROLE_GROUP = 'JOB_ROLE_GROUP',
}
registerEnumType(Characteristic, {
  name: 'Characteristic',
  description: 'ETHNIC_GROUP: the 5 ONS groups; AGE_BAND: Skills for Care bands, age at the snapshot date; NATIONALITY_GROUP: British / EU / Non-EU / Not known. Unanswered and "don\'t know" are categories of their own.',
});

interface CategorySql {
  /** joins onto wf_staff_fact s */
  join: string;
  code: string;
  label: string;
}

const codeList = (list: string, column: string, alias: string) => `left join ref_code ${alias} on ${alias}.list = '${list}' and ${alias}.code = s.${column}`;

/** Where each characteristic's category comes from: the staff record's code, labelled or grouped by the shipped code lists. */
export const characteristicSql: Record<Characteristic, CategorySql> = {
  [Characteristic.GENDER]: { join: codeList('gender', 'gender', 'c'), code: `coalesce(s.gender::text, 'UNKNOWN')`, label: `coalesce(c.label, 'Not known')` },
  [Characteristic.ETHNIC_GROUP]: { join: codeList('ethnicity', 'ethnicity', 'c'), code: `wf_slug(coalesce(c."group", 'Not known'))`, label: `coalesce(c."group", 'Not known')` },
  [Characteristic.ETHNICITY]: { join: codeList('ethnicity', 'ethnicity', 'c'), code: `coalesce(s.ethnicity::text, 'UNKNOWN')`, label: `coalesce(c.label, 'Not known')` },
  [Characteristic.AGE_BAND]: {
    join: 'left join ref_age_band c on s.age between coalesce(c.min_age, 0) and coalesce(c.max_age, 999)',
    code: `coalesce(c.code::text, 'UNKNOWN')`, label: `coalesce(c.label, 'Not known')`,
  },
  [Characteristic.NATIONALITY_GROUP]: { join: codeList('nationality', 'nationality', 'c'), code: `wf_slug(coalesce(c."group", 'Not known'))`, label: `coalesce(c."group", 'Not known')` },
  [Characteristic.DISABILITY]: { join: codeList('disability', 'disabled', 'c'), code: `coalesce(s.disabled::text, 'UNKNOWN')`, label: `coalesce(c.label, 'Not known')` },
  [Characteristic.CONTRACT]: { join: '', code: 's.contract_code', label: 's.contract_label' },
  [Characteristic.JOB_ROLE_GROUP]: { join: '', code: 's.job_role_group_code', label: 's.job_role_group_label' },
};
