import { CoproRequestError, EndpointClient, endpointUrl } from '@copro/core';
import { AuditPage, NewStaff, StaffCreated, StaffList, StaffMember, WaitingCount, type AuditQuery } from '@copro/protocol';

const enc = encodeURIComponent;

/** The staff calls this element makes; every body and answer is checked against the protocol's schemas. */
export const staffApi = {
  waiting: (endpoint: string, board: string, token: string, signal?: AbortSignal) =>
    new EndpointClient(endpoint).request<WaitingCount>('GET', `/v1/boards/${enc(board)}/waiting`, { schema: WaitingCount, token, signal }),
  staff: (endpoint: string, token: string, signal?: AbortSignal) => new EndpointClient(endpoint).request<StaffList>('GET', '/v1/staff', { schema: StaffList, token, signal }),
  addStaff: (endpoint: string, body: NewStaff, token: string) =>
    new EndpointClient(endpoint).request<StaffCreated>('POST', '/v1/staff', { body, bodySchema: NewStaff, schema: StaffCreated, token }),
  revokeStaff: (endpoint: string, id: string, token: string) => new EndpointClient(endpoint).request<StaffMember>('DELETE', `/v1/staff/${enc(id)}`, { schema: StaffMember, token }),
  audit: (endpoint: string, query: AuditQuery, token: string, signal?: AbortSignal) =>
    new EndpointClient(endpoint).request<AuditPage>('GET', '/v1/audit', { query: { ...query }, schema: AuditPage, token, signal }),
  /** The audit trail as CSV, with the same filters (the token goes in a header, so this fetches, then saves). */
  async downloadAudit(endpoint: string, query: AuditQuery, token: string): Promise<void> {
    const response = await fetch(endpointUrl(endpoint, '/v1/audit/export.csv', { staff: query.staff, action: query.action, target: query.target }), {
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) {
      const code = response.status === 401 ? 'unauthorized' : response.status === 403 ? 'forbidden_role' : '';
      throw new CoproRequestError('http', `HTTP ${response.status}`, response.status, code);
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = 'audit.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  },
};
