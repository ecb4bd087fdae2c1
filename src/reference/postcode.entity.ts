import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Postcode → local authority (CSSR) lookup, filled by `wfhub postcodes import`. Postcodes upper case with one space. */
@Entity({ tableName: 'postcode' })
export class Postcode {
  @PrimaryKey({ type: 'text' })
  postcode!: string;

  @Property({ type: 'integer' })
  cssrCode!: number;
}
