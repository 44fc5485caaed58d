/**
 * One target inside the agreement text: its text and criterion sentence as agreed, then its live
 * status with explanation and figures, a chart for quantitative targets, milestone details.
 */
import { useMemo } from 'react';
import type { Target } from '../../../../domain/agreements/agreement.ts';
import {
  progressCriterionOf,
  type LocalIndicator,
} from '../../../../domain/agreements/criteria.ts';
import { metricUnitOf } from '../../../../domain/agreements/metric-name.ts';
import { renderCriterion } from '../../../../domain/agreements/sentence.ts';
import { targetLabel } from '../../../../domain/agreements/target-label.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { MonitoringTarget } from '../../../lib/types.ts';
import { TargetChart } from '../../../components/charts/target-chart.tsx';
import { ChartProtectionNote } from '../../../components/protection.tsx';
import { withheldOfSnapshot } from '../../../../domain/disclosure/control/withheld-legend.ts';
import { measuredOn } from '../lib/chart-model.ts';
import { buildTargetChartModel } from '../../../../charts/target-chart-data.ts';
import { MilestoneDetails } from './milestone-details.tsx';
import { TargetFigures } from './target-figures.tsx';
import { TextBlocks } from './text-blocks.tsx';

interface Props {
  target: Target;
  goalNumber: string;
  year: number;
  subject: string;
  indicators: readonly LocalIndicator[];
  /** the live monitoring of this target; undefined while loading or for an older version */
  live: MonitoringTarget | undefined;
}

export function TargetSection({ target, goalNumber, year, subject, indicators, live }: Props) {
  const criterion = target.criterion;
  const progress = progressCriterionOf(criterion);
  const sentence =
    live?.sentence ??
    (criterion === null
      ? null
      : renderCriterion(criterion, {
          year,
          subject,
          role: target.role,
          lead: target.lead,
          indicators,
        }));
  const assessment = live?.assessment ?? null;
  const measured = measuredOn(criterion);
  const chart = useMemo(
    () =>
      live === undefined
        ? null
        : buildTargetChartModel(target, live.snapshot, live.assessment, indicators),
    [live, target, indicators],
  );
  const anchor = `ziel-${target.id}`;
  return (
    <section
      className={`target target-${assessment?.status ?? 'ohne'}`}
      id={anchor}
      aria-labelledby={`${anchor}-titel`}
    >
      <div className="target-header">
        <h5 id={`${anchor}-titel`}>
          {targetLabel(target, goalNumber)}
          {target.title !== null && `: ${target.title}`}
        </h5>
        {assessment !== null && (
          <StatusBadge status={assessment.status} reason={assessment.reason} />
        )}
      </div>
      <TextBlocks blocks={target.text} />
      {sentence !== null && <p className="criterion-sentence">{sentence}</p>}
      {criterion === null && (
        <p className="muted">Ohne eigenes Kriterium; bewertet über das Gesamtziel.</p>
      )}
      <TextBlocks blocks={target.after} />
      {assessment !== null && (
        <div className="assessment">
          <p className="explanation">
            <strong>Stand:</strong> {assessment.explanation}
          </p>
          {measured !== null && (
            <TargetFigures
              assessment={assessment}
              unit={metricUnitOf(measured.metric, indicators)}
              decimals={measured.decimals}
              year={year}
            />
          )}
        </div>
      )}
      {progress !== null && <MilestoneDetails milestone={progress} />}
      {live?.split && (
        <ul>
          {live.split.parts.map((part) => (
            <li key={part.sex}>
              {part.sentence}{' '}
              <StatusBadge status={part.assessment.status} reason={part.assessment.reason} />
            </li>
          ))}
          {live.split.findings.map((f) => (
            <li key={f} className="inline-error">
              {f}
            </li>
          ))}
        </ul>
      )}
      {chart !== null && <TargetChart model={chart} id={`chart-${target.id}`} />}
      {chart !== null && live?.snapshot && (
        <ChartProtectionNote series={withheldOfSnapshot(live.snapshot, chart.referenceYear)} />
      )}
    </section>
  );
}
