import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PERSON_LEVEL_ROLES } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { QualificationAchieved } from './qualification-achieved.entity';
import { StaffRecord } from './staff-record.entity';
import { TrainingRecord } from './training-record.entity';

/** Person-level relations: admins and the owning provider only (the loaders scope them in SQL too). */
@Authorized(PERSON_LEVEL_ROLES)
@Resolver(() => StaffRecord)
export class WorkerResolver {
  @FieldResolver(() => [QualificationAchieved], { description: 'Qualifications achieved (QUALACHnn), the complete set for this period.' })
  qualifications(@Root() record: StaffRecord, @Ctx() { loaders }: GraphQLContext): Promise<QualificationAchieved[]> {
    return loaders.qualifications.load(record.id);
  }

  @FieldResolver(() => [TrainingRecord])
  training(@Root() record: StaffRecord, @Ctx() { loaders }: GraphQLContext): Promise<TrainingRecord[]> {
    return loaders.training.load(record.id);
  }
}
