import type { CuratedClaim } from '../schema.ts';
import { ABSORPTION_CLAIMS } from './absorption.ts';
import { BACKGROUND_CLAIMS } from './background.ts';
import { DOSE_CLAIMS } from './dose.ts';
import { EFFICACY_CLAIMS } from './efficacy.ts';
import { FIBROMYALGIA_CLAIMS } from './fibromyalgia.ts';
import { FOOD_CLAIMS } from './foods.ts';
import { MECHANISM_CLAIMS } from './mechanism.ts';
import { NEUROLOGY_CLAIMS } from './neurology.ts';
import { PHYSIOLOGY_CLAIMS } from './physiology.ts';
import { PREPARATION_CLAIMS } from './preparations.ts';
import { SAFETY_CLAIMS } from './safety.ts';
import { SIDE_EFFECT_CLAIMS } from './side-effects.ts';
import { TESTING_CLAIMS } from './testing.ts';

/** Every curated claim, in the order of the database: migraine first, then outwards. */
export const CURATED_CLAIMS: readonly CuratedClaim[] = [
  ...EFFICACY_CLAIMS,
  ...BACKGROUND_CLAIMS,
  ...MECHANISM_CLAIMS,
  ...PHYSIOLOGY_CLAIMS,
  ...ABSORPTION_CLAIMS,
  ...PREPARATION_CLAIMS,
  ...DOSE_CLAIMS,
  ...TESTING_CLAIMS,
  ...SIDE_EFFECT_CLAIMS,
  ...SAFETY_CLAIMS,
  ...FOOD_CLAIMS,
  ...FIBROMYALGIA_CLAIMS,
  ...NEUROLOGY_CLAIMS,
];
