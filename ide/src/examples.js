// The tabs GraphiQL opens with: one per capability of the API, in file-name order. Each example is a .graphql file
// in ./examples (bundled as text); a test in tests/BudgetGraph.Api.Tests/Ide runs every one against the service.
import bigProjects from './examples/1-big-projects-2024-2025.graphql';
import unitBudgets from './examples/2-unit-budgets.graphql';
import largestProjects from './examples/3-largest-projects.graphql';
import satisfaction from './examples/4-satisfaction-below-90.graphql';
import findings from './examples/5-findings.graphql';

export const exampleTabs = [bigProjects, unitBudgets, largestProjects, satisfaction, findings].map((query) => ({ query }));
