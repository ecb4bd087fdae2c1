import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** One of the 9 English regions (map_region.csv). */
@Entity({ tableName: 'ref_region' })
@ObjectType()
export class Region {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int)
  code!: number;

  @Property({ type: 'text' })
  @Field()
  label!: string;

  @Property({ type: 'text' })
  @Field({ description: 'ONS GSS code, e.g. E12000008.' })
  onsCode!: string;
}
