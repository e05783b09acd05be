// The tabs GraphiQL opens with: one per capability of the API, in the order below. Each example is a .graphql file
// in ./examples (bundled as text); a test in tests/BudgetGraph.Api.Tests/Ide runs every one against the service.
import bigProjects from './examples/1-big-projects-2024-2025.graphql';
import subjectTree from './examples/2-unit-subject-tree.graphql';
import largestProjects from './examples/3-largest-projects.graphql';
import satisfaction from './examples/4-satisfaction-below-90.graphql';
import findings from './examples/5-findings.graphql';
import unitBudgets from './examples/6-unit-budgets.graphql';
import yearOverYear from './examples/7-year-over-year.graphql';
import compareUnits from './examples/8-compare-units.graphql';
import byDistrict from './examples/9-expenditure-by-district.graphql';
import satisfactionSideBySide from './examples/10-satisfaction-side-by-side.graphql';

export const exampleTabs = [
  bigProjects,
  subjectTree,
  largestProjects,
  satisfaction,
  findings,
  unitBudgets,
  yearOverYear,
  compareUnits,
  byDistrict,
  satisfactionSideBySide,
].map((query) => ({ query }));
