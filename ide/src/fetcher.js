// Posts to the same endpoint that served the page (/graphql), asking for the spec's response type first.
export async function fetcher(params, options) {
  const response = await fetch(window.location.pathname, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  // A 4xx with a GraphQL body (syntax or validation errors) is still a result to show.
  return response.json();
}
