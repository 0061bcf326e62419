import { downloadStaffFile, EndpointClient, routePath } from '@copro/core';
import { addStaff, auditTrail, roomEvidence, setGroupEvidence, type GroupEvidenceSources, changeServerSettings, exportAudit, listStaff, revokeStaff, serverSettings, waitingCount, type AuditQuery, type NewStaff, type ServerSettingsChange } from '@copro/protocol';

/** The staff calls this element makes, from the protocol's route table: every body and answer is checked against its schemas. */
export const staffApi = {
  waiting: (endpoint: string, board: string, token: string, signal?: AbortSignal) => new EndpointClient(endpoint).call(waitingCount, { params: { board }, token, signal }),
  staff: (endpoint: string, token: string, signal?: AbortSignal) => new EndpointClient(endpoint).call(listStaff, { token, signal }),
  addStaff: (endpoint: string, body: NewStaff, token: string) => new EndpointClient(endpoint).call(addStaff, { body, token }),
  revokeStaff: (endpoint: string, id: string, token: string) => new EndpointClient(endpoint).call(revokeStaff, { params: { id }, token }),
  audit: (endpoint: string, query: AuditQuery, token: string, signal?: AbortSignal) => new EndpointClient(endpoint).call(auditTrail, { query, token, signal }),
  settings: (endpoint: string, token: string, signal?: AbortSignal) => new EndpointClient(endpoint).call(serverSettings, { token, signal }),
  changeSettings: (endpoint: string, body: ServerSettingsChange, token: string) => new EndpointClient(endpoint).call(changeServerSettings, { body, token }),
  evidence: (endpoint: string, room: string, lang: string, token: string, signal?: AbortSignal) => new EndpointClient(endpoint).call(roomEvidence, { params: { room }, query: { lang }, token, signal }),
  tagGroup: (endpoint: string, room: string, group: string, body: GroupEvidenceSources, lang: string, token: string) => new EndpointClient(endpoint).call(setGroupEvidence, { params: { room, group }, query: { lang }, body, token }),
  /** The audit trail as CSV, with the same filters (the token goes in a header, so this fetches, then saves). */
  downloadAudit: (endpoint: string, query: AuditQuery, token: string): Promise<void> =>
    downloadStaffFile(endpoint, routePath(exportAudit, {}), token, 'audit.csv', { staff: query.staff, action: query.action, target: query.target }),
};
