import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A council with adult social services responsibilities (CSSR), from map_la_region.csv, boundary changes included. */
@Entity({ tableName: 'ref_local_authority' })
@ObjectType()
export class LocalAuthority {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int, { description: 'CSSR code, as ASC-WDS and ONSPD use it.' })
  code!: number;

  @Property({ type: 'text' })
  @Field()
  label!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  regionCode!: number;

  @Property({ type: 'text' })
  @Field({ description: 'current or abolished.' })
  status!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true })
  abolishedFrom?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Successor CSSR codes, ;-separated.' })
  successorCodes?: string | null;
}
