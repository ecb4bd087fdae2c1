import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** An organisation that submits returns (a parent account in ASC-WDS terms). */
@Entity({ tableName: 'provider' })
@ObjectType({ description: 'An organisation that submits workforce returns.' })
export class Provider {
  @PrimaryKey({ type: 'integer' })
  @Field(() => ID)
  id!: number;

  @Property({ type: 'text', unique: true })
  @Field({ description: 'The provider\'s key, chosen when it first submits (e.g. its ASC-WDS workplace ID).' })
  key!: string;

  @Property({ type: 'text' })
  @Field()
  name!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field()
  createdAt: Date = new Date();
}
