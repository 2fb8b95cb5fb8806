import { Box, Paper, Text, Tooltip as HoverTip } from '@mantine/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface Series {
  key: string;
  name: string;
  colour: string;
  /** Drawn heavier (the overall line). */
  strong?: boolean;
}

type Row = Record<string, string | number | null>;

function chartIndex(index: unknown): number | null {
  const n = Number(index);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * Lines over periods. `label` is the chart's accessible summary (role="img"); clicking a period
 * hands its index to `onPick`, which opens the tickets behind it. The table beside every chart
 * offers the same drill-down to keyboards and screen readers.
 */
export function TrendChart({
  rows,
  xKey,
  xLabel,
  series,
  label,
  unit = '',
  domain,
  onPick,
  height = 280,
}: {
  rows: Row[];
  xKey: string;
  xLabel: (value: string) => string;
  series: Series[];
  label: string;
  unit?: string;
  domain?: [number, number];
  onPick?: (index: number) => void;
  height?: number;
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <div style={{ width: '100%', height }} role="img" aria-label={label}>
        <ResponsiveContainer>
          <LineChart
            data={rows}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
            onClick={(state) => {
              const index = chartIndex(state.activeIndex);
              if (onPick && index !== null) onPick(index);
            }}
            style={onPick ? { cursor: 'pointer' } : undefined}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
            <XAxis dataKey={xKey} tickFormatter={(s: string) => xLabel(s)} fontSize={12} />
            <YAxis domain={domain} unit={unit} width={56} fontSize={12} />
            <Tooltip
              labelFormatter={(s) => (typeof s === 'string' ? xLabel(s) : '')}
              formatter={(v) => (typeof v === 'number' ? `${v.toLocaleString()}${unit}` : '—')}
            />
            <Legend />
            {series.map((s) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.name}
                stroke={s.colour}
                strokeWidth={s.strong ? 2.5 : 1.5}
                dot={rows.length <= 31}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Paper>
  );
}

/**
 * Bars per category, stacked when `stacked`; clicking a bar hands its row's index and the
 * series' key to `onPick`.
 */
export function BarsChart({
  rows,
  xKey,
  xLabel = (s) => s,
  series,
  label,
  stacked = false,
  onPick,
  height = 280,
}: {
  rows: Row[];
  xKey: string;
  xLabel?: (value: string) => string;
  series: Series[];
  label: string;
  stacked?: boolean;
  onPick?: (index: number, key: string) => void;
  height?: number;
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <div style={{ width: '100%', height }} role="img" aria-label={label}>
        <ResponsiveContainer>
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
            <XAxis dataKey={xKey} tickFormatter={(s: string) => xLabel(String(s))} fontSize={12} />
            <YAxis width={56} fontSize={12} allowDecimals={false} />
            <Tooltip
              labelFormatter={(s) => (typeof s === 'string' ? xLabel(s) : '')}
              formatter={(v) => (typeof v === 'number' ? v.toLocaleString() : '—')}
            />
            {series.length > 1 && <Legend />}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={s.colour}
                stackId={stacked ? 'stack' : undefined}
                isAnimationActive={false}
                cursor={onPick ? 'pointer' : undefined}
                onClick={(_, index) => onPick?.(index, s.key)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </Paper>
  );
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Tickets per hour of the week (168 values, Monday 00:00 first) as a grid of cells, darker for
 * more; recharts has no heatmap. Each cell says its value to hover and to screen readers.
 */
export function HourOfWeekHeatmap({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(0, ...values);
  return (
    <Paper withBorder p="sm" radius="md">
      <Box role="img" aria-label={label}>
        <div
          aria-hidden
          style={{
            display: 'grid',
            gridTemplateColumns: '32px repeat(24, minmax(6px, 1fr))',
            gap: 2,
          }}
        >
          <span />
          {Array.from({ length: 24 }, (_, hour) => (
            <Text key={hour} size="xs" c="dimmed" ta="center">
              {hour % 3 === 0 ? hour : ''}
            </Text>
          ))}
          {DAYS.map((day, d) => (
            <HeatRow key={day} day={day} values={values.slice(d * 24, d * 24 + 24)} max={max} />
          ))}
        </div>
      </Box>
    </Paper>
  );
}

function HeatRow({ day, values, max }: { day: string; values: number[]; max: number }) {
  return (
    <>
      <Text size="xs" c="dimmed">
        {day}
      </Text>
      {values.map((value, hour) => (
        <HoverTip key={hour} label={`${day} ${hour}:00 — ${value.toFixed(1)} tickets`}>
          <div
            data-testid="heat-cell"
            style={{
              height: 18,
              borderRadius: 2,
              background:
                max === 0
                  ? '#f1f3f5'
                  : `rgba(0, 114, 178, ${(0.08 + (0.92 * value) / max).toFixed(3)})`,
            }}
          />
        </HoverTip>
      ))}
    </>
  );
}
