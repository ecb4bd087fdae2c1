import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A job role from job_roles.csv + map_job_role_group.csv; `group` is Skills for Care's statistical job-role group. */
@Entity({ tableName: 'ref_job_role' })
@ObjectType({ description: 'An ASC-WDS job role (MAINJOBROLE / ALLJOBROLES code) with its Skills for Care job-role group.' })
export class JobRole {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int)
  code!: number;

  @Property({ type: 'text' })
  @Field()
  label!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Skills for Care job-role group: Direct care, Managerial, Regulated profession or Other.' })
  group!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Stable code of the group: direct_care, managers, regulated_professions, other.' })
  groupCode!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Published starters/leavers/vacancies role.' })
  publishedRole!: string;

  @Property({ type: 'text' })
  @Field({ description: 'current or retired (retired roles are recoded).' })
  status!: string;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  recodeTo?: number | null;

  @Property({ type: 'boolean' })
  @Field()
  careProviding!: boolean;

  @Property({ type: 'boolean' })
  @Field()
  canDoDelegatedHealthcare!: boolean;
}
