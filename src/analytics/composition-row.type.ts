import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from './disclosure';
import { Category, GroupValue } from './group.type';

@ObjectType({ description: 'Staff records of one category within one group; share = count ÷ the group\'s staff records.' })
export class CompositionRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => Category) category!: Category;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
