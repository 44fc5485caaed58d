/** Direct API calls of the tests (arranging data behind the browser's back). */

export async function api<T>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export interface AgreementRef {
  id: string;
  year: number;
  unit: { id: string; name: string };
  status: string;
  rowVersion: number;
}

export async function findAgreement(
  base: string,
  unitName: string,
  year: number,
): Promise<AgreementRef> {
  const list = await api<AgreementRef[]>(base, 'GET', `/api/agreements?year=${year}`);
  const found = list.find((a) => a.unit.name === unitName);
  if (found === undefined) throw new Error(`no agreement ${unitName} ${year}`);
  return found;
}
