import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { PERSON_LEVEL_ROLES } from '../auth/role';

/** One training record of a staff record (training file row, or carried forward when the file gave none for the worker). */
@Entity({ tableName: 'training_record' })
@Index({ properties: ['staffRecordId'] })
@Authorized(PERSON_LEVEL_ROLES)
@ObjectType({ description: 'A training record of a staff record. Person-level data: visible to the owning provider and admins only.' })
export class TrainingRecord {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  staffRecordId!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Training category code (training_categories.csv).' })
  category!: number;

  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) name?: string | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) accredited?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) whoDelivered?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) trainingProvider?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) howDelivered?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true, description: 'Validity in months; null = none given.' }) validityMonths?: number | null;
  @Property({ type: 'boolean', default: false }) @Field({ description: 'True when VALIDITY was "none" (does not expire).' }) doesNotExpire: boolean = false;
  @Property({ type: 'date', nullable: true }) @Field(() => String, { nullable: true }) completed?: string | null;
  @Property({ type: 'date', nullable: true }) @Field(() => String, { nullable: true }) expires?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) notes?: string | null;
}
