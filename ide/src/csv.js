// "Download as CSV": runs the current query with GET and Accept: text/csv (the service flattens its one list into a
// UTF-8 CSV file with a BOM) and saves the answer under the file name the service gives. When the service cannot make
// a table (the result is not one list, or the query has errors) its JSON error is returned for the response pane.
export async function downloadCsv({ query, variables, operationName }) {
  const parameters = new URLSearchParams({ query });
  if (variables && variables.trim() !== '') parameters.set('variables', variables);
  if (operationName) parameters.set('operationName', operationName);
  const response = await fetch(`${window.location.pathname}?${parameters}`, { headers: { accept: 'text/csv' } });
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('text/csv')) {
    return { error: await response.text(), status: response.status };
  }
  const blob = await response.blob();
  const fileName = fileNameFrom(response.headers.get('content-disposition')) ?? 'query.csv';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return { fileName };
}

function fileNameFrom(disposition) {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match ? match[1] : null;
}
