import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** One training record of a staff record (training file row, or carried forward when the file gave none for the worker). */
@Entity({ tableName: 'training_record' })
@Index({ properties: ['staffRecordId'] })
@ObjectType()
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
