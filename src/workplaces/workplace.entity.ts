import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Provider } from '../providers/provider.entity';

/** A workplace's identity across periods: its provider and LOCALESTID (matched with whitespace removed, as ASC-WDS does). */
@Entity({ tableName: 'workplace' })
@Unique({ properties: ['provider', 'localKey'] })
@ObjectType({ description: 'A workplace (establishment) of a provider, identified by its LOCALESTID.' })
export class Workplace {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @ManyToOne(() => Provider, { ref: true, deleteRule: 'cascade' })
  provider!: Ref<Provider>;

  /** LOCALESTID with all whitespace removed: the matching key. */
  @Property({ type: 'text' })
  localKey!: string;

  @Property({ type: 'text' })
  @Field({ description: 'The workplace reference (LOCALESTID) as last submitted.' })
  localRef!: string;

  @Property({ type: 'text', nullable: true })
  @Index()
  @Field(() => String, { nullable: true, description: 'CQC location ID as last submitted.' })
  cqcLocationId?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
