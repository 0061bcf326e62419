import { downloadStaffFile, EndpointClient } from '@copro/core';
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
  downloadAudit: (endpoint: string, query: AuditQuery, token: string): Promise<void> =>
    downloadStaffFile(endpoint, '/v1/audit/export.csv', token, 'audit.csv', { staff: query.staff, action: query.action, target: query.target }),
};
