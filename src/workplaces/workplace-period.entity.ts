import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Return } from '../returns/return.entity';
import { Workplace } from './workplace.entity';

/** A workplace's facts as one return gave them for its period; the current return's rows are the period's figures. */
@Entity({ tableName: 'workplace_period' })
@Unique({ properties: ['return', 'workplace'] })
@Index({ properties: ['workplace'] })
@Index({ properties: ['cssrCode'] })
@Index({ properties: ['regionCode'] })
@Index({ properties: ['mainService'] })
@ObjectType({ description: 'A workplace\'s facts for one return period.' })
export class WorkplacePeriod {
  @PrimaryKey({ type: 'integer' })
  @Field(() => Int)
  id!: number;

  @ManyToOne(() => Return, { ref: true, deleteRule: 'cascade' })
  return!: Ref<Return>;

  @ManyToOne(() => Workplace, { ref: true, deleteRule: 'cascade' })
  workplace!: Ref<Workplace>;

  @Property({ type: 'text' })
  @Field()
  period!: string;

  @Property({ type: 'text' })
  @Field({ description: 'NEW, UPDATE, or CARRIED (UNCHECKED/NOCHANGE rows carry the latest earlier facts forward).' })
  source!: string;

  @Property({ type: 'text' }) @Field() name!: string;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) address1?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) address2?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) address3?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) postTown?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) postcode?: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Local authority (CSSR) resolved from the postcode; null = Unknown area.' })
  cssrCode?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  regionCode?: number | null;

  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) employerType?: number | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) employerTypeOther?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true, description: 'Local authority or Independent.' }) sector?: string | null;
  @Property({ type: 'boolean', nullable: true }) @Field(() => Boolean, { nullable: true }) shareWithCqc?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) @Field(() => Boolean, { nullable: true, description: 'PERMLA: permission to share data with local authorities.' }) shareWithLa?: boolean | null;
  @Property({ type: 'boolean', nullable: true }) @Field(() => Boolean, { nullable: true }) cqcRegulated?: boolean | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) cqcProviderId?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) cqcLocationId?: string | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) mainService?: number | null;
  @Property({ type: 'jsonb', nullable: true }) services?: unknown;
  @Property({ type: 'jsonb', nullable: true }) serviceUsers?: unknown;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) delegatedHealthcare?: number | null;
  @Property({ type: 'jsonb', nullable: true }) delegatedHealthcareActivities?: unknown;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'TOTALPERMTEMP: declared total staff.' })
  totalStaff?: number | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Staff records of this workplace in this return.' })
  staffRecords: number = 0;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'WITH_JOBS, NONE or DONT_KNOW; null when not answered.' })
  startersAnswer?: string | null;

  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) leaversAnswer?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) vacanciesAnswer?: string | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) starters?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) leavers?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true }) vacancies?: number | null;

  /** The remaining workplace answers (reasons for leaving, pathway, pay and pensions…), as the importer normalised them. */
  @Property({ type: 'jsonb', nullable: true })
  answers?: Record<string, unknown> | null;

  @Property({ type: 'double', nullable: true }) @Field(() => Float, { nullable: true }) actualPensionContribution?: number | null;
}
