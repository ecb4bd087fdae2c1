import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Workplace } from '../workplaces/workplace.entity';

/** A staff record's identity: its workplace and UNIQUEWORKERID (whitespace removed). Never holds an NI number in clear. */
@Entity({ tableName: 'worker' })
@Unique({ properties: ['workplace', 'workerKey'] })
export class Worker {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Workplace, { ref: true, deleteRule: 'cascade' })
  workplace!: Ref<Workplace>;

  @Property({ type: 'text' })
  workerKey!: string;

  @Property({ type: 'text' })
  workerRef!: string;

  /** Keyed HMAC-SHA256 of the normalised NI number (WFHUB_PSEUDONYM_KEY), or null when none was given. */
  @Property({ type: 'text', nullable: true })
  @Index()
  niKey?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
