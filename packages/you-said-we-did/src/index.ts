export { CoproYouSaidWeDid } from './you-said-we-did.ts';
