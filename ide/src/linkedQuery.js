// The dashboard links each chart to the query behind it as /graphql#query=…&variables=… (a fragment, so the browser
// still gets the IDE page and the query never reaches the server as a GET parameter). It opens as the first tab.
export function linkedQueryFromHash(hash) {
  if (!hash || hash.length < 2) return null;
  const parameters = new URLSearchParams(hash.slice(1));
  const query = parameters.get('query');
  if (!query) return null;
  const variables = parameters.get('variables') ?? undefined;
  const name = /\b(?:query)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query);
  return { query, variables, title: name ? name[1] : 'Linked query' };
}
