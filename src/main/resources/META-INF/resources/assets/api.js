// The only way the pages talk to the service: the public API, as any third-party front end would.
const API_BASE = document.querySelector('meta[name="verbatim-api"]')?.content || '/api/v1';

/** A failed call, carrying the RFC 9457 problem the API answered (or one made up for a network failure). */
export class ApiProblem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

/** The absolute URL of an API path with its query parameters (an array of [name, value] pairs or an object). */
export function apiUrl(path, params = []) {
  const url = new URL(API_BASE + path, window.location.href);
  const pairs = Array.isArray(params) ? params : Object.entries(params);
  for (const [name, value] of pairs) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.append(name, value);
  }
  return url.toString();
}

/**
 * Calls the API and answers the parsed JSON; throws ApiProblem for any error answer. Single resources are
 * revalidated with their ETag (cache: 'no-cache' makes the browser send If-None-Match and reuse its copy on a 304).
 */
export async function callApi(path, { params, method = 'GET', body, accept = 'application/json', signal } = {}) {
  const headers = { Accept: `${accept}, application/problem+json;q=0.9` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(apiUrl(path, params), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: method === 'GET' ? 'no-cache' : 'no-store',
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiProblem({ title: 'The service could not be reached', detail: 'Check your connection, then try again.' });
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = { title: response.statusText || 'Request failed', status: response.status };
    if (type.includes('json')) {
      try {
        problem = await response.json();
      } catch {
        // keep the status line
      }
    }
    const retryAfter = response.headers.get('Retry-After');
    if (retryAfter) problem.retryAfter = retryAfter;
    throw new ApiProblem(problem);
  }
  return type.includes('json') ? response.json() : response.text();
}
