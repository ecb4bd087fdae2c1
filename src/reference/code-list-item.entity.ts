import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** One code of a smaller code list (ethnicity, nationality, employer type, qualification…), with its analysis group. */
@Entity({ tableName: 'ref_code' })
@ObjectType({ description: 'A code from one of the ASC-WDS code lists, with its label and analysis group.' })
export class CodeListItem {
  @PrimaryKey({ type: 'text' })
  @Field({ description: 'Code list name, e.g. ethnicity, nationality, employer_type.' })
  list!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  @Field(() => Int)
  code!: number;

  @Property({ type: 'text' })
  @Field()
  label!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Analysis group, e.g. the 5 ethnic groups, British/EU/Non-EU, sector.' })
  group?: string | null;

  @Property({ type: 'boolean', default: true })
  @Field({ description: 'False for "don\'t know" style codes that analyses exclude from shares.' })
  known: boolean = true;
}
