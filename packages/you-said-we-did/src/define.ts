import { defineElement } from '@copro/core';
import { CoproYouSaidWeDid } from './you-said-we-did.ts';

defineElement('copro-you-said-we-did', CoproYouSaidWeDid);
