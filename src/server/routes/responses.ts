/** Response declarations shared by the routes (the one error shape, JSON bodies). */
import { errorSchema } from '../../contracts/error.ts';
import type { z } from 'zod';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const error = (description: string) => json(errorSchema, description);
export const ERRORS = {
  403: error('für diese Rolle nicht erlaubt'),
  404: error('nicht gefunden oder nicht sichtbar'),
  409: error('veraltete Version (Konflikt) oder im Status nicht erlaubt'),
  422: error('ungültige Eingabe; details nennt jedes Feld'),
} as const;
