// Posts to the same endpoint that served the page (/graphql), asking for the spec's response type first.
export async function fetcher(params, options) {
  const response = await fetch(window.location.pathname, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify({ ...params, operationName: operationNameIn(params.query, params.operationName) }),
  });
  // A 4xx with a GraphQL body (syntax or validation errors) is still a result to show.
  return response.json();
}

// GraphiQL works out the operation name a moment after an edit, so a run right after typing can send the previous
// query's name with a document that no longer defines it (the server then answers INVALID_OPERATION_NAME). Send the
// name only when the document defines it; a document with one operation needs none.
function operationNameIn(query, name) {
  if (!name) return undefined;
  const defined = new RegExp(`\\b(query|mutation|subscription)\\s+${name}\\b`).test(query ?? '');
  return defined ? name : undefined;
}
