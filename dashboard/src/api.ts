// The only place the dashboard talks to the service: typed operations (GraphQL Code Generator's TypedDocumentString)
// posted to /graphql, and links that open the same operation in the IDE.
import type { TypedDocumentString } from './generated/graphql';

/** The GraphQL endpoint, from the page's <meta name="budgetgraph-graphql"> (the service's GraphQL path). */
export const graphqlPath: string =
  document.querySelector<HTMLMetaElement>('meta[name="budgetgraph-graphql"]')?.content || '/graphql';

/** A GraphQL error answer (validation, NOT_FOUND…): the messages and codes the service sent. */
export class GraphQLAnswerError extends Error {
  constructor(readonly errors: ReadonlyArray<{ message: string; extensions?: { code?: string } }>) {
    super(errors.map((error) => (error.extensions?.code ? `${error.extensions.code}: ` : '') + error.message).join('\n'));
  }
}

/** Runs a typed operation; the result is typed by the operation's selection (see src/generated/graphql.ts). */
export async function execute<TResult, TVariables>(
  operation: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const response = await fetch(graphqlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
    body: JSON.stringify({ query: operation.toString(), variables }),
    signal: signal ?? null,
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLAnswerError['errors'] };
  if (body.errors && body.errors.length > 0) throw new GraphQLAnswerError(body.errors);
  if (!body.data) throw new Error(`The service answered HTTP ${response.status} without data.`);
  return body.data;
}

/** /graphql#query=…&variables=…: opens the operation, with these variables, as the IDE's first tab. */
export function ideLink<TResult, TVariables>(operation: TypedDocumentString<TResult, TVariables>, variables: TVariables): string {
  const fragment = new URLSearchParams({ query: operation.toString().trim(), variables: JSON.stringify(variables, null, 2) });
  return `${graphqlPath}#${fragment.toString()}`;
}

/**
 * Downloads an operation's one list as CSV: GET /graphql with Accept: text/csv (the service writes UTF-8 with a BOM,
 * so spreadsheet programs read the Chinese text), saved under the file name the service gives.
 */
export async function downloadCsv<TResult, TVariables>(operation: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<void> {
  const parameters = new URLSearchParams({ query: operation.toString(), variables: JSON.stringify(variables) });
  const response = await fetch(`${graphqlPath}?${parameters.toString()}`, { headers: { accept: 'text/csv' } });
  if (!response.ok) {
    const body = (await response.json()) as { errors?: GraphQLAnswerError['errors'] };
    throw new GraphQLAnswerError(body.errors ?? [{ message: `HTTP ${response.status}` }]);
  }
  const fileName = /filename="?([^";]+)"?/i.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'data.csv';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
