import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum JobMeasure {
  STARTERS = 'STARTERS',
  LEAVERS = 'LEAVERS',
  VACANCIES = 'VACANCIES',
}

/** Starters, leavers or vacancies of one job role at one workplace in one return (ALLJOBROLES-aligned counts, zeros kept). */
@Entity({ tableName: 'workplace_job_count' })
@Index({ properties: ['workplacePeriodId'] })
export class WorkplaceJobCount {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  workplacePeriodId!: number;

  @Enum({ items: () => JobMeasure, nativeEnumName: 'job_measure', primary: true })
  measure!: JobMeasure;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  jobRole!: number;

  @Property({ type: 'integer' })
  count!: number;
}
