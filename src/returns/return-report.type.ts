import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReportOutcome } from './return-report.entity';
import { ValidationStatus } from './return.entity';

registerEnumType(ReportOutcome, { name: 'ReportOutcome', description: 'What became of an upload: ACCEPTED, REJECTED (errors; nothing written), VALIDATED (dry run) or ALREADY_RECEIVED.' });

@ObjectType()
export class ReportProvider {
  @Field() key!: string;
  @Field({ description: 'True when this upload created the provider.' }) created!: boolean;
}

@ObjectType()
export class ReportFile {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'workplace, worker or training; null when the header was not recognised.' }) kind!: string | null;
  @Field(() => String, { nullable: true, description: '"current" or the date of the older format recognised.' }) format!: string | null;
  @Field(() => Int) records!: number;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
  @Field() sha256!: string;
  @Field(() => Int) bytes!: number;
}

@ObjectType({ description: 'One validation message, as ASC-WDS reports it.' })
export class ReportProblem {
  @Field() file!: string;
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => Int, { description: 'Line in the file: 2 is the first data row, 1 the header, 0 the whole file.' }) line!: number;
  @Field() column!: string;
  @Field() value!: string;
  @Field(() => Int, { description: 'ASC-WDS message code (codes repeat across files: identify a message by file kind, code and type).' }) code!: number;
  @Field() type!: string;
  @Field({ description: 'error or warning.' }) severity!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true }) localRef?: string;
  @Field(() => String, { nullable: true }) workerRef?: string;
}

@ObjectType({ description: 'How often one message occurred in one file.' })
export class ReportMessageCount {
  @Field() file!: string;
  @Field(() => Int) code!: number;
  @Field() type!: string;
  @Field() severity!: string;
  @Field() message!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ReportCounts {
  @Field(() => Int) workplaces!: number;
  @Field(() => Int) staffRecords!: number;
  @Field(() => Int) trainingRecords!: number;
}

@ObjectType()
export class WorkplaceNotInPeriod {
  @Field() localRef!: string;
  @Field() reason!: string;
}

@ObjectType()
export class StaffNotInPeriod {
  @Field() localRef!: string;
  @Field() workerRef!: string;
  @Field() reason!: string;
}

@ObjectType()
export class NotInPeriod {
  @Field(() => [WorkplaceNotInPeriod]) workplaces!: WorkplaceNotInPeriod[];
  @Field(() => [StaffNotInPeriod]) staff!: StaffNotInPeriod[];
}

@ObjectType('ReturnReport', { description: 'The validation report of an upload and what became of it (the same report as POST /api/returns answers with).' })
export class ReturnReportView {
  @Field(() => ID) reportId!: number;
  @Field(() => Int, { nullable: true }) returnId!: number | null;
  @Field(() => ReportOutcome) outcome!: ReportOutcome;
  @Field(() => ValidationStatus) status!: ValidationStatus;
  @Field({ description: 'True when the files are the provider\'s current return for the period (ACCEPTED or ALREADY_RECEIVED).' }) accepted!: boolean;
  @Field(() => ReportProvider) provider!: ReportProvider;
  @Field() period!: string;
  @Field() dryRun!: boolean;
  @Field(() => [ReportFile]) files!: ReportFile[];
  @Field(() => ReportCounts) counts!: ReportCounts;
  @Field(() => Int) errors!: number;
  @Field(() => Int) warnings!: number;
  @Field(() => [ReportMessageCount]) summary!: ReportMessageCount[];
  @Field(() => [ReportProblem], { description: 'Every problem, by file and line (up to 100,000; problemsTotal counts all).' }) problems!: ReportProblem[];
  @Field(() => Int) problemsTotal!: number;
  @Field(() => NotInPeriod, { description: 'Workplaces and staff of the previous return that this one leaves out (DELETE or not in the file).' }) notInPeriod!: NotInPeriod;
  @Field(() => Int, { nullable: true }) supersedesReturnId!: number | null;
}
