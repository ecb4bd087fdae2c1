import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A care service (MAINSERVICE / ALLSERVICES code) from main_services.csv + map_main_service_group.csv. */
@Entity({ tableName: 'ref_service' })
@ObjectType({ description: 'An ASC-WDS service type with its service group.' })
export class Service {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int)
  code!: number;

  @Property({ type: 'text' })
  @Field()
  label!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Service group (ASC-WDS category): Adult residential, Adult domiciliary, Adult day, Adult community care, Healthcare, Other.' })
  group!: string;

  @Property({ type: 'text' })
  @Field({ description: 'ASC-WDS benchmark comparison group: care home with nursing, care home without nursing, domiciliary care, all other.' })
  benchmarkGroup!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  benchmarkGroupCode!: number;

  @Property({ type: 'boolean' })
  @Field()
  cqcRegistered!: boolean;

  @Property({ type: 'boolean' })
  @Field()
  canBeMainService!: boolean;

  @Property({ type: 'boolean' })
  @Field()
  hasCapacity!: boolean;

  @Property({ type: 'boolean' })
  @Field()
  hasUtilisation!: boolean;
}
