import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Provider } from '../providers/provider.entity';

export enum ValidationStatus {
  PASSED = 'PASSED',
  WARNINGS = 'WARNINGS',
  FAILED = 'FAILED',
}

/** An accepted submission is CURRENT (the period's figures) until a later one for the same provider and period supersedes it. */
export enum ReturnState {
  CURRENT = 'CURRENT',
  SUPERSEDED = 'SUPERSEDED',
}

export interface ReturnFileInfo {
  name: string;
  /** null when the header was not recognised. */
  kind: 'workplace' | 'worker' | 'training' | null;
  format: string | null;
  sha256: string;
  bytes: number;
  records: number;
  errors: number;
  warnings: number;
}

/** One provider's accepted submission of its files for one period (rejected and dry-run attempts keep only a ReturnReport). */
@Entity({ tableName: 'return' })
@Index({ properties: ['provider', 'period'] })
export class Return {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Provider, { ref: true, deleteRule: 'cascade' })
  provider!: Ref<Provider>;

  @Property({ type: 'text' })
  period!: string;

  @Enum({ items: () => ValidationStatus, nativeEnumName: 'validation_status' })
  status!: ValidationStatus;

  @Enum({ items: () => ReturnState, nativeEnumName: 'return_state' })
  state!: ReturnState;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  submittedBy?: string | null;

  @Property({ type: 'jsonb' })
  files!: ReturnFileInfo[];

  /** Hex SHA-256 over the files' checksums in kind order, to spot a byte-identical resubmission. */
  @Property({ type: 'text' })
  checksum!: string;

  @Property({ type: 'integer', default: 0 })
  workplaces: number = 0;

  @Property({ type: 'integer', default: 0 })
  staffRecords: number = 0;

  @Property({ type: 'integer', default: 0 })
  trainingRecords: number = 0;

  @Property({ type: 'integer', default: 0 })
  errors: number = 0;

  @Property({ type: 'integer', default: 0 })
  warnings: number = 0;

  /** The validation report of this submission (its warnings, the records not in this period). */
  @Property({ type: 'integer' })
  reportId!: number;

  @ManyToOne(() => Return, { ref: true, nullable: true, deleteRule: 'set null' })
  supersedes?: Ref<Return> | null;
}
