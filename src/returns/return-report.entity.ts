import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ValidationStatus, type ReturnFileInfo } from './return.entity';

export enum ReportOutcome {
  /** Written as the provider's CURRENT return for the period. */
  ACCEPTED = 'ACCEPTED',
  /** Had errors: nothing was written. */
  REJECTED = 'REJECTED',
  /** A dry run: validated only. */
  VALIDATED = 'VALIDATED',
  /** Byte-identical to the provider's current return for the period: nothing to do. */
  ALREADY_RECEIVED = 'ALREADY_RECEIVED',
}

/** The validation report of one upload attempt, whatever came of it; kept so the report can be downloaded later. */
@Entity({ tableName: 'return_report' })
@Index({ properties: ['providerKey', 'period'] })
export class ReturnReport {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** The provider named on the upload (it may not exist: a rejected first upload creates nothing). */
  @Property({ type: 'text' })
  providerKey!: string;

  @Property({ type: 'text' })
  period!: string;

  @Enum({ items: () => ValidationStatus, nativeEnumName: 'validation_status' })
  status!: ValidationStatus;

  @Enum({ items: () => ReportOutcome, nativeEnumName: 'report_outcome' })
  outcome!: ReportOutcome;

  @Property({ type: 'integer', nullable: true })
  returnId?: number | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  submittedBy?: string | null;

  @Property({ type: 'jsonb' })
  files!: ReturnFileInfo[];

  @Property({ type: 'integer', default: 0 })
  errors: number = 0;

  @Property({ type: 'integer', default: 0 })
  warnings: number = 0;

  /** Counts per code, records not in this period, the provider created, and the human summary. */
  @Property({ type: 'jsonb' })
  summary!: Record<string, unknown>;
}
