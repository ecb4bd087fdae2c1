import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One validation message of a submission's report, as ASC-WDS reports it (file, line, column, code). */
@Entity({ tableName: 'return_problem' })
@Index({ properties: ['reportId', 'file', 'line'] })
export class ReturnProblem {
  @PrimaryKey({ type: 'bigint' })
  id!: string;

  @Property({ type: 'integer' })
  reportId!: number;

  @Property({ type: 'text' })
  file!: string;

  /** null when the file was not recognised. */
  @Property({ type: 'text', nullable: true })
  kind?: string | null;

  @Property({ type: 'integer' })
  line!: number;

  @Property({ type: 'text' })
  column!: string;

  @Property({ type: 'text' })
  value!: string;

  @Property({ type: 'integer' })
  code!: number;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'text' })
  severity!: string;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'text', nullable: true })
  localRef?: string | null;

  @Property({ type: 'text', nullable: true })
  workerRef?: string | null;
}
