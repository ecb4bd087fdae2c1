import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { PERSON_LEVEL_ROLES } from '../auth/role';

/** A qualification a worker achieved (QUALACHnn), as a staff record of one return lists it. */
@Entity({ tableName: 'qualification_achieved' })
@Index({ properties: ['staffRecordId'] })
@Authorized(PERSON_LEVEL_ROLES)
@ObjectType({ description: 'A qualification a worker achieved. Person-level data: visible to the owning provider and admins only.' })
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
