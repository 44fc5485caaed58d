/** The agreement read like the signed document, with each target's live status inside. */
import { Fragment } from 'react';
import type { AgreementContent } from '../../../../domain/agreements/agreement.ts';
import type { LocalIndicator } from '../../../../domain/agreements/criteria.ts';
import { formatDateDe } from '../../../lib/format.ts';
import type { AgreementMonitoring } from '../../../lib/types.ts';
import { TargetSection } from './target-section.tsx';
import { partyNameOf } from './signature-fields.tsx';
import { TextBlocks } from './text-blocks.tsx';

function Party({ party }: { party: AgreementContent['parties'][number] }) {
  const r = party.representative;
  return (
    <div>
      <p>
        <strong>{party.name}</strong>
        {party.capacity !== null && <> {party.capacity}</>}
      </p>
      <p>
        vertreten durch {r.salutation} {r.office} {r.name}
      </p>
    </div>
  );
}

export function AgreementDocument({
  content,
  indicators,
  monitoring,
}: {
  content: AgreementContent;
  /** the local indicators the targets measure on (named, never shown by id) */
  indicators: readonly LocalIndicator[];
  monitoring: AgreementMonitoring | undefined;
}) {
  const live = new Map(monitoring?.targets.map((t) => [t.targetId, t]));
  return (
    <article className="document" aria-labelledby="doc-title">
      <h2 id="doc-title" className="doc-title">
        {content.title}
      </h2>
      <p>{content.introduction}</p>
      <div className="parties">
        {content.parties.map((party, i) => (
          <Fragment key={party.unitId}>
            {i > 0 && <p aria-hidden="true">und</p>}
            <Party party={party} />
          </Fragment>
        ))}
      </div>
      <p className="muted">Rechtsgrundlage: {content.legalBasis}</p>
      {content.preamble.length > 0 && (
        <section aria-labelledby="praeambel">
          <h3 id="praeambel">Präambel</h3>
          <TextBlocks blocks={content.preamble} />
        </section>
      )}
      {content.references.length > 0 && (
        <section aria-labelledby="bezug">
          <h3 id="bezug">Bezugsdokumente</h3>
          <ul>
            {content.references.map((r) => (
              <li key={r.title}>
                {r.title}
                {r.issuer !== null && ` (${r.issuer})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.focusAreas.length > 0 && (
        <section aria-labelledby="schwerpunkte">
          <h3 id="schwerpunkte">{content.focusAreasTitle || 'Schwerpunkte'}</h3>
          {content.focusAreas.map((f) => (
            <div key={f.number}>
              <h4>
                {f.number}. {f.title}
              </h4>
              <TextBlocks blocks={f.text} />
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="ziele">
        <h3 id="ziele">{content.goalsTitle}</h3>
        <TextBlocks blocks={content.goalsIntro} />
        {content.goals.map((goal) => (
          <section key={goal.number} aria-labelledby={`ziel-${goal.number}-kopf`}>
            <h4 id={`ziel-${goal.number}-kopf`}>
              Ziel {goal.number}: {goal.title}
            </h4>
            {goal.blocks.map((block, i) =>
              block.kind === 'ziel' ? (
                <TargetSection
                  key={block.target.id}
                  target={block.target}
                  goalNumber={goal.number}
                  year={content.year}
                  subject={content.targetSubject}
                  indicators={indicators}
                  live={live.get(block.target.id)}
                />
              ) : (
                <TextBlocks key={i} blocks={[block]} />
              ),
            )}
          </section>
        ))}
      </section>
      <section aria-labelledby="dialoge">
        <h3 id="dialoge">{content.dialogueTitle}</h3>
        <TextBlocks blocks={content.dialogueClause} />
      </section>
      {content.annexes.length > 0 && (
        <section aria-labelledby="anlagen">
          <h3 id="anlagen">Anlagen</h3>
          <ul>
            {content.annexes.map((a) => (
              <li key={a.title}>{a.title}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="unterschriften">
        <h3 id="unterschriften">Unterschriften</h3>
        {content.signatures.length === 0 ? (
          <p>Noch nicht unterzeichnet.</p>
        ) : (
          <div className="signatures">
            {content.signatures.map((s) => (
              <div key={s.party}>
                <p>
                  {s.place}, den {formatDateDe(s.date)}
                </p>
                <p>Für {partyNameOf(content, s.party)}:</p>
                {s.capacityLine !== null && <p>{s.capacityLine}</p>}
                <p>
                  <strong>{s.signatory}</strong>
                </p>
              </div>
            ))}
          </div>
        )}
      </section>
    </article>
  );
}
