import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Authorized, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PERSON_LEVEL_ROLES } from '../auth/role';
import { Return } from '../returns/return.entity';
import { Worker } from './worker.entity';

const opt = { nullable: true } as const;

/** A worker's staff-file facts as one return gave them for its period. Person-level: owning provider and admins only. */
@Entity({ tableName: 'staff_record' })
@Unique({ properties: ['return', 'worker'] })
@Index({ properties: ['workplacePeriodId'] })
@Index({ properties: ['worker'] })
@Authorized(PERSON_LEVEL_ROLES)
@ObjectType('Worker', { description: 'A staff record (one worker in one return period). Person-level data: visible to the owning provider and admins only.' })
export class StaffRecord {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Return, { ref: true, deleteRule: 'cascade' })
  return!: Ref<Return>;

  @ManyToOne(() => Worker, { ref: true, deleteRule: 'cascade' })
  worker!: Ref<Worker>;

  @Property({ type: 'integer' })
  workplacePeriodId!: number;

  @Property({ type: 'text' }) @Field() period!: string;
  @Property({ type: 'text' }) @Field({ description: 'NEW, UPDATE, or CARRIED (UNCHECKED/NOCHANGE).' }) source!: string;
  @Property({ type: 'text' }) @Field({ description: 'UNIQUEWORKERID as submitted.' }) uniqueWorkerRef!: string;
  @Property({ type: 'text', nullable: true }) @Field(() => String, opt) displayId?: string | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, opt) postcode?: string | null;
  @Property({ type: 'date', nullable: true }) @Field(() => String, opt) dateOfBirth?: string | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) gender?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) ethnicity?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) nationality?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) britishCitizenship?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) countryOfBirth?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) yearOfEntry?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) disabled?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) careCertificate?: number | null;
  @Property({ type: 'integer', nullable: true, fieldName: 'level_2_care_certificate' }) @Field(() => Int, opt) level2CareCertificate?: number | null;
  @Property({ type: 'integer', nullable: true, fieldName: 'level_2_care_certificate_year' }) @Field(() => Int, opt) level2CareCertificateYear?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) recruitmentSource?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) healthAndCareVisa?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) employedFromOutsideUk?: number | null;
  @Property({ type: 'date', nullable: true }) @Field(() => String, opt) mainJobStartDate?: string | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) startedInSector?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) delegatedHealthcare?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) apprentice?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, { nullable: true, description: 'EMPLSTATUS: 1 Permanent, 2 Temporary, 3 Pool/Bank, 4 Agency, 7 Other.' }) contract?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) zeroHours?: number | null;
  @Property({ type: 'double', nullable: true }) @Field(() => Float, opt) sicknessDays?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) payInterval?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) annualPay?: number | null;
  @Property({ type: 'double', nullable: true }) @Field(() => Float, opt) hourlyPay?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) mainJobRole?: number | null;
  @Property({ type: 'text', nullable: true }) @Field(() => String, opt) mainJobDescription?: string | null;
  @Property({ type: 'double', nullable: true }) @Field(() => Float, opt) contractedHours?: number | null;
  @Property({ type: 'double', nullable: true }) @Field(() => Float, opt) averageHours?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) nmcRegistration?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) amhp?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) socialCareQualification?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) socialCareQualificationLevel?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) otherQualification?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) otherQualificationLevel?: number | null;
  @Property({ type: 'integer', nullable: true }) @Field(() => Int, opt) cwpCategory?: number | null;
}
