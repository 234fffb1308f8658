export { guard } from './guard';
export type { CommitmentPolicy, GuardChange, GuardOptions, GuardReason, GuardResult, Verdict } from './guard';
export { COMMITMENT_KINDS } from './commitments';
export type { CommitmentFacts, CommitmentFinding, CommitmentKind } from './commitments';
