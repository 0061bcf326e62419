import { defineElement } from '@copro/core';
import { CoproStaffAdmin } from './staff-admin.ts';

defineElement('copro-staff-admin', CoproStaffAdmin);
