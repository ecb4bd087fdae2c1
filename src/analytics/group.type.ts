import { Field, ObjectType } from 'type-graphql';
import { Dimension } from './dimension';

@ObjectType({ description: 'One dimension value of a result row.' })
export class GroupValue {
  @Field(() => Dimension) dimension!: Dimension;
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType({ description: 'A category of a characteristic (e.g. the ethnic group "Asian / Asian British").' })
export class Category {
  @Field() code!: string;
  @Field() label!: string;
}
