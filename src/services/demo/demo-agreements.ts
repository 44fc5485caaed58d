/**
 * The 2014 agreement MAIS NRW – Kreis Borken as signed (offer, negotiation, both signatures), and
 * the 17 agreements Kreis Borken derived from it with its örtliche Jobcenter, also signed.
 */
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import {
  buildBorkenCascade2014,
  type Figures2013,
} from '../../synthetic/demo/cascade-borken-2014.ts';
import { queryValues } from '../values/query-values.ts';
import { createAgreement } from '../agreements/create-agreement.ts';
import { transitionAgreement } from '../agreements/transition-agreement.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';

async function signed(
  ctx: ServiceContext,
  content: AgreementContent,
  steps: { action: 'anbieten' | 'verhandeln'; comment: string }[],
  parentAgreementId: string | null,
): Promise<string> {
  const created = await createAgreement(ctx, {
    content: { ...content, signatures: [] },
    parentAgreementId,
    comment: 'Entwurf',
  });
  let rowVersion = created.rowVersion;
  for (const step of steps)
    rowVersion = (await transitionAgreement(ctx, created.id, { rowVersion, ...step })).rowVersion;
  await transitionAgreement(ctx, created.id, {
    rowVersion,
    action: 'unterzeichnen',
    signatures: content.signatures,
    comment: 'von beiden Seiten unterzeichnet',
  });
  return created.id;
}

/** The 2013 figures of the örtliche Jobcenter as stored: weights of the cascade (Σ INT, Ø eLb, Ø LZB). */
async function figures2013(ctx: ServiceContext): Promise<Map<string, Figures2013>> {
  const directory = await loadUnitDirectory(ctx);
  const jobcenter = directory.nodes.filter((n) => n.parentId === '05554').map((n) => n.id);
  const quota = await queryValues(ctx, {
    unitIds: jobcenter,
    kind: 'kennzahl',
    metrics: ['JFW_K2', 'JDW_LZB'],
    sex: ['insgesamt'],
    from: '2013-12',
    to: '2013-12',
    datenstand: 'latest',
  });
  const out = new Map<string, Figures2013>();
  for (const unitId of jobcenter) {
    const k2 = quota.find((q) => q.unitId === unitId && q.metric === 'JFW_K2');
    const lzb = quota.find((q) => q.unitId === unitId && q.metric === 'JDW_LZB');
    if (k2?.zaehler != null && k2.nenner != null && lzb?.value != null)
      out.set(unitId, { integrations: k2.zaehler, elb: k2.nenner, lzb: lzb.value });
  }
  return out;
}

export async function seedDemoAgreements(ctx: ServiceContext): Promise<number> {
  const cascade = buildBorkenCascade2014(await figures2013(ctx));
  const traegerId = await signed(
    ctx,
    cascade.traeger,
    [
      { action: 'anbieten', comment: 'Zielwertangebot des Kreises Borken für Ziel II und III' },
      { action: 'verhandeln', comment: 'Angebot geprüft; Verhandlung der Zielwerte' },
    ],
    null,
  );
  for (const local of cascade.locals) {
    await signed(
      ctx,
      local.content,
      [
        {
          action: 'verhandeln',
          comment: 'Übernahme der Ziele des Kreises in die örtliche Vereinbarung',
        },
      ],
      traegerId,
    );
  }
  return 1 + cascade.locals.length;
}
