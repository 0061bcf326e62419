export { CoproStaffAdmin } from './staff-admin.ts';
