import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A financial-year return period, e.g. 2024-25 with snapshot date 31 March 2025. */
@Entity({ tableName: 'return_period' })
@ObjectType()
export class ReturnPeriodRow {
  @PrimaryKey({ type: 'text' })
  @Field()
  code!: string;

  @Property({ type: 'date' })
  @Field()
  startsOn!: string;

  @Property({ type: 'date' })
  @Field()
  snapshotDate!: string;
}
