import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { AuditAction } from './audit';

registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit log entry records.' });

@ObjectType({ description: 'One audited action: who (token, name, role) did what, for which provider and period, with what outcome.' })
export class AuditEntry {
  @Field(() => ID) id!: number;
  @Field() at!: Date;
  @Field(() => Int, { nullable: true, description: 'The token used; null for the command line.' }) tokenId!: number | null;
  @Field({ description: 'The token\'s name (or cli:<user>).' }) actor!: string;
  @Field() role!: string;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => String, { nullable: true }) providerKey!: string | null;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => String, { nullable: true, description: 'ACCEPTED, REJECTED, VALIDATED, ALREADY_RECEIVED, FORBIDDEN, …' }) outcome!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'Further facts (ids, counts, export arguments); never person-level values.' }) details!: Record<string, unknown>;
}

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry');
