import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { codeListSources } from './code-lists';
import { CodeListItem } from './code-list-item.entity';
import { JobRole } from './job-role.entity';
import { LocalAuthority } from './local-authority.entity';
import { Region } from './region.entity';
import { Service } from './service.entity';
import { BadInput } from '../errors';

/** The code lists, as loaded from src/reference/data on migrate. Public reference facts, no person data. */
@Resolver()
export class ReferenceResolver {
  @Query(() => [JobRole], { description: 'Every current job role; retired roles (recoded since 2024) only with includeRetired.' })
  jobRoles(
    @Arg('includeRetired', { defaultValue: false }) includeRetired: boolean,
    @Ctx() { em }: GraphQLContext,
  ): Promise<JobRole[]> {
    return em.find(JobRole, includeRetired ? {} : { status: 'current' }, { orderBy: { code: 'asc' } });
  }

  @Query(() => [Service])
  services(@Ctx() { em }: GraphQLContext): Promise<Service[]> {
    return em.find(Service, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => [Region])
  regions(@Ctx() { em }: GraphQLContext): Promise<Region[]> {
    return em.find(Region, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => [LocalAuthority], { description: 'Local authorities (CSSRs), abolished ones included with their successors.' })
  localAuthorities(@Ctx() { em }: GraphQLContext): Promise<LocalAuthority[]> {
    return em.find(LocalAuthority, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => [String], { description: 'Names of the code lists codeList accepts.' })
  codeLists(): string[] {
    return codeListSources.map((s) => s.list);
  }

  @Query(() => [CodeListItem], { description: 'One code list: ethnicity, nationality, employer_type, qualification, training_category, contract, …' })
  codeList(@Arg('name') name: string, @Ctx() { em }: GraphQLContext): Promise<CodeListItem[]> {
    if (!codeListSources.some((s) => s.list === name)) {
      throw new BadInput(`Unknown code list "${name}"; known lists: ${codeListSources.map((s) => s.list).join(', ')}`, { name });
    }
    return em.find(CodeListItem, { list: name }, { orderBy: { code: 'asc' } });
  }
}
