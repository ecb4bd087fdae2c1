import { Characteristic } from '../../analytics/characteristic';

/** The characteristics a population reference can be given for (issue 8): the rest have no Census counterpart. */
export const REPRESENTED = [Characteristic.ETHNIC_GROUP, Characteristic.AGE_BAND, Characteristic.GENDER, Characteristic.NATIONALITY_GROUP] as const;
export type RepresentedCharacteristic = (typeof REPRESENTED)[number];

export const isRepresented = (v: string): v is RepresentedCharacteristic => (REPRESENTED as readonly string[]).includes(v);

/**
 * Per characteristic: when the staff record's category (analytics characteristicSql, joined as `c`) is a real answer
 * — unknowns are left out of both sides — and every category the hub knows (rows of category label, code as workforceComposition gives it, and sort order),
 * from the code lists (ref_code groups, ref_age_band), never retyped. Population files must use these labels.
 */
export const representedSql: Record<RepresentedCharacteristic, { known: string; categories: string }> = {
  [Characteristic.ETHNIC_GROUP]: {
    known: 'c.known',
    categories: `select "group" as category, wf_slug("group") as code, min(code) as sort from ref_code where list = 'ethnicity' and known group by "group"`,
  },
  [Characteristic.GENDER]: {
    known: 'c.known',
    categories: `select label as category, code::text as code, code as sort from ref_code where list = 'gender' and known`,
  },
  [Characteristic.NATIONALITY_GROUP]: {
    known: `c.known and c."group" <> 'Not known'`,
    categories: `select "group" as category, wf_slug("group") as code, min(case "group" when 'British' then 1 when 'EU' then 2 else 3 end) as sort
                 from ref_code where list = 'nationality' and known and "group" <> 'Not known' group by "group"`,
  },
  [Characteristic.AGE_BAND]: {
    known: 'c.code is not null',
    categories: `select label as category, code::text as code, code as sort from ref_age_band`,
  },
};
