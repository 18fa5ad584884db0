import type { z } from 'zod';
import type { EvidenceKindSchema, GradeSchema, StanceSchema } from '../claims/schema.ts';

/** The claim database's enumerations, named once for the export code. */
export type Grade = z.infer<typeof GradeSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;
