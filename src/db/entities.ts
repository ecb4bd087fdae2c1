import { Provider } from '../providers/provider.entity';
import { CodeListItem } from '../reference/code-list-item.entity';
import { JobRole } from '../reference/job-role.entity';
import { LocalAuthority } from '../reference/local-authority.entity';
import { Postcode } from '../reference/postcode.entity';
import { Region } from '../reference/region.entity';
import { Service } from '../reference/service.entity';
import { Return } from '../returns/return.entity';
import { ReturnPeriodRow } from '../returns/return-period.entity';
import { ReturnProblem } from '../returns/return-problem.entity';
import { ReturnReport } from '../returns/return-report.entity';
import { QualificationAchieved } from '../workers/qualification-achieved.entity';
import { StaffRecord } from '../workers/staff-record.entity';
import { TrainingRecord } from '../workers/training-record.entity';
import { Worker } from '../workers/worker.entity';
import { WorkplaceJobCount } from '../workplaces/workplace-job-count.entity';
import { WorkplacePeriod } from '../workplaces/workplace-period.entity';
import { Workplace } from '../workplaces/workplace.entity';

/** Every MikroORM entity, listed once so the app, CLI and tests discover the same model. */
export const entities = [
  JobRole, Service, Region, LocalAuthority, CodeListItem, Postcode,
  Provider, ReturnPeriodRow, Return, ReturnReport, ReturnProblem,
  Workplace, WorkplacePeriod, WorkplaceJobCount,
  Worker, StaffRecord, QualificationAchieved, TrainingRecord,
];
