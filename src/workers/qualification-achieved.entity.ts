import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A qualification a worker achieved (QUALACHnn), as a staff record of one return lists it. */
@Entity({ tableName: 'qualification_achieved' })
@Index({ properties: ['staffRecordId'] })
@ObjectType()
export class QualificationAchieved {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer' })
  staffRecordId!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Code from qualifications.csv.' })
  qualification!: number;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  notes?: string | null;
}
