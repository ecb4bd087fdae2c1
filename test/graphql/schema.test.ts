import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GraphQLObjectType, printSchema } from 'graphql';
import { buildHubSchema } from '../../src/graphql/schema';
import { projectRoot } from '../../src/paths';

describe('committed schema', () => {
  it('schema/schema.graphql equals the schema the code builds (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printSchema(await buildHubSchema()) + '\n').toBe(committed);
  });

  it('exposes the names clients rely on', async () => {
    const schema = await buildHubSchema();
    const args = (type: string, field: string) => (schema.getType(type) as GraphQLObjectType).getFields()[field].args.map((a) => a.name).sort();
    const fields = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
    expect(args('Query', 'workplaces')).toEqual(['after', 'filter', 'first']);
    expect(args('Query', 'provider')).toEqual(['key']);
    expect(args('Query', 'returns')).toEqual(['period', 'provider']);
    expect(args('Workplace', 'workers')).toEqual(['after', 'first', 'period']);
    expect(fields('Provider')).toContain('key');
    expect(fields('Workplace')).toEqual(expect.arrayContaining(['localRef', 'provider', 'workers']));
    expect(fields('Worker')).toEqual(expect.arrayContaining(['uniqueWorkerRef', 'qualifications', 'training']));
    expect(fields('Return')).toEqual(expect.arrayContaining(['provider', 'status', 'counts']));
    expect(fields('ReturnCounts').sort()).toEqual(['staffRecords', 'trainingRecords', 'workplaces']);
  });
});
