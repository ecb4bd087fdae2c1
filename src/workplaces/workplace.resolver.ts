import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { PERSON_LEVEL_ROLES } from '../auth/role';
import { workplaceScope } from '../auth/viewer-scope';
import { Connection, decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import type { GraphQLContext } from '../graphql/context';
import { Provider } from '../providers/provider.entity';
import { parsePeriod } from '../returns/period';
import { StaffRecord } from '../workers/staff-record.entity';
import { WorkplaceFilter } from './workplace-filter.input';
import { WorkplacePeriod } from './workplace-period.entity';
import { Workplace } from './workplace.entity';

const WorkplaceConnection = Connection(Workplace, 'Workplace');
const WorkerConnection = Connection(StaffRecord, 'Worker');

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (at most WFHUB_MAX_PAGE_SIZE, default 100).' })
  first?: number;
  @Field(() => String, { nullable: true })
  after?: string;
}

/** SQL conditions for a workplace filter; the period conditions go through the current return of that period. */
function filterSql(filter: WorkplaceFilter | undefined): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!filter) return { where, params };
  if (filter.providers?.length) {
    where.push('w.provider_id in (select id from provider where key in (?))');
    params.push(filter.providers);
  }
  if (filter.cqcLocationId) {
    where.push('w.cqc_location_id = ?');
    params.push(filter.cqcLocationId);
  }
  const periodFacts: string[] = [];
  if (filter.period) {
    periodFacts.push('wp.period = ?');
    params.push(parsePeriod(filter.period).code);
  }
  if (filter.localAuthorities?.length) {
    periodFacts.push('wp.cssr_code in (?)');
    params.push(filter.localAuthorities);
  }
  if (filter.regions?.length) {
    periodFacts.push('wp.region_code in (?)');
    params.push(filter.regions);
  }
  if (filter.mainServices?.length) {
    periodFacts.push('wp.main_service in (?)');
    params.push(filter.mainServices);
  }
  if (periodFacts.length) {
    where.push(`exists (select 1 from workplace_period wp join "return" r on r.id = wp.return_id and r.state = 'CURRENT'
      where wp.workplace_id = w.id and ${periodFacts.join(' and ')})`);
  }
  return { where, params };
}

@Resolver(() => Workplace)
export class WorkplaceResolver {
  @Query(() => WorkplaceConnection, { description: 'Workplaces, as a Relay connection ordered by id: a provider token sees its own; analyst and bi tokens those whose latest return shares with local authorities (PERMLA = 1).' })
  async workplaces(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => WorkplaceFilter, { nullable: true }) filter: WorkplaceFilter | undefined,
    @Ctx() { em, config, viewer }: GraphQLContext,
  ): Promise<Page<Workplace>> {
    const limit = pageSize(first, config.limits.maxPageSize, config.limits.maxPageSize);
    const scope = workplaceScope(viewer, 'w');
    const filtered = filterSql(filter);
    // the viewer's scope is the first condition of the query itself
    const where = [`(${scope.sql})`, ...filtered.where];
    const params = [...scope.params, ...filtered.params];
    const conn = em.getConnection();
    const cond = where.length ? `where ${where.join(' and ')}` : '';
    const [{ total }] = await conn.execute(`select count(*)::int as total from workplace w ${cond}`, params);
    const rows = await conn.execute(
      `select w.* from workplace w ${cond ? `${cond} and` : 'where'} w.id > ? order by w.id limit ?`,
      [...params, decodeCursor(after), limit + 1],
    );
    return toPage(rows.map((r: Record<string, unknown>) => em.map(Workplace, r)), limit, total);
  }

  @FieldResolver(() => Provider)
  async provider(@Root() workplace: Workplace, @Ctx() { loaders }: GraphQLContext): Promise<Provider> {
    return (await loaders.provider.load(workplace.provider.id))!;
  }

  @FieldResolver(() => [WorkplacePeriod], { description: 'This workplace\'s facts in each period with a current return, newest first.' })
  periods(@Root() workplace: Workplace, @Ctx() { loaders }: GraphQLContext): Promise<WorkplacePeriod[]> {
    return loaders.workplacePeriods.load(workplace.id);
  }

  @FieldResolver(() => WorkplacePeriod, { nullable: true, description: 'Facts for one period (default: the latest with a current return).' })
  async facts(
    @Root() workplace: Workplace,
    @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<WorkplacePeriod | null> {
    const all = await loaders.workplacePeriods.load(workplace.id);
    if (!period) return all[0] ?? null;
    const code = parsePeriod(period).code;
    return all.find((p) => p.period === code) ?? null;
  }

  @Authorized(PERSON_LEVEL_ROLES)
  @FieldResolver(() => WorkerConnection, { description: 'Staff records of this workplace in a period (default: its latest). Person-level: admins and the owning provider only.' })
  workers(
    @Root() workplace: Workplace,
    @Args() { first, after }: PageArgs,
    @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Ctx() { loaders, config }: GraphQLContext,
  ): Promise<Page<StaffRecord>> {
    return loaders.workersPage.load({
      workplaceId: workplace.id,
      period: period ? parsePeriod(period).code : null,
      first: pageSize(first, config.limits.maxPageSize, config.limits.maxPageSize),
      afterId: decodeCursor(after),
    });
  }
}
