import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReturnState, ValidationStatus } from './return.entity';

registerEnumType(ValidationStatus, { name: 'ValidationStatus', description: 'FAILED if any error, else WARNINGS if any warning, else PASSED (as ASC-WDS).' });
registerEnumType(ReturnState, {
  name: 'ReturnState',
  description: 'CURRENT: the period\'s figures; SUPERSEDED: replaced by a later submission for the same period (kept as history).',
});

@ObjectType()
export class ReturnCounts {
  @Field(() => Int) workplaces!: number;
  @Field(() => Int) staffRecords!: number;
  @Field(() => Int) trainingRecords!: number;
}

@ObjectType()
export class ReturnFile {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'workplace, worker or training.' }) kind!: string | null;
  @Field(() => String, { nullable: true, description: '"current" or the date of the older header recognised.' }) format!: string | null;
  @Field() sha256!: string;
  @Field(() => Int) bytes!: number;
  @Field(() => Int) records!: number;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
}

/** A submission as the API shows it (the entity keeps provider as a reference, resolved by loader). */
@ObjectType('Return', { description: 'One provider\'s submission of its files for one period.' })
export class ReturnView {
  @Field(() => ID) id!: number;
  providerId!: number;
  @Field() period!: string;
  @Field(() => ValidationStatus) status!: ValidationStatus;
  @Field(() => ReturnState) state!: ReturnState;
  @Field() receivedAt!: Date;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field(() => [ReturnFile]) files!: ReturnFile[];
  @Field(() => ReturnCounts) counts!: ReturnCounts;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
  @Field(() => Int, { nullable: true, description: 'The submission this one replaced.' }) supersedesId!: number | null;
  @Field(() => Int, { description: 'Its validation report (GET /api/returns/reports/{id}/report.csv).' }) reportId!: number;
}
