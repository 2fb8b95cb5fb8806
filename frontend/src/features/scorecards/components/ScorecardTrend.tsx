import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ScorecardWeek } from '../types';

/** Okabe–Ito colours: distinct for colour-blind readers. */
const SERIES = [
  { key: 'sla', name: 'SLA compliance', colour: '#0072B2' },
  { key: 'ola', name: 'OLA compliance', colour: '#E69F00' },
  { key: 'fcr', name: 'First-contact resolution', colour: '#009E73' },
  { key: 'reopen', name: 'Reopen rate', colour: '#D55E00' },
] as const;

function pct(rate: number | null | undefined): number | null {
  return rate == null ? null : Math.round(rate * 1000) / 10;
}

function weekLabel(from: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(
    new Date(from),
  );
}

/** The weekly rates of a card as lines, in percent; a week with nothing counted has a gap. */
export function ScorecardTrend({ weeks }: { weeks: ScorecardWeek[] }) {
  const rows = weeks.map((week) => ({
    from: week.from,
    sla: pct(week.slaCompliance.rate),
    ola: pct(week.olaCompliance?.rate),
    fcr: pct(week.firstContactResolution.rate),
    reopen: pct(week.reopenRate.rate),
  }));
  const hasOla = weeks.some((week) => week.olaCompliance);
  return (
    <div style={{ width: '100%', height: 260 }} role="img" aria-label="Weekly trend in percent">
      <ResponsiveContainer>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
          <XAxis dataKey="from" tickFormatter={(s: string) => weekLabel(s)} fontSize={12} />
          <YAxis domain={[0, 100]} unit=" %" width={52} fontSize={12} />
          <Tooltip
            labelFormatter={(s) => (typeof s === 'string' ? `Week of ${weekLabel(s)}` : '')}
            formatter={(v) => (typeof v === 'number' ? `${v.toFixed(1)} %` : '—')}
          />
          <Legend />
          {SERIES.filter((series) => series.key !== 'ola' || hasOla).map((series) => (
            <Line
              key={series.key}
              type="monotone"
              dataKey={series.key}
              name={series.name}
              stroke={series.colour}
              strokeWidth={2}
              dot
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
