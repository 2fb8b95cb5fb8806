import { Box, Group, Text } from '@mantine/core';
import classes from './WeekGrid.module.css';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface WeekGridLegend {
  char: string;
  label: string;
  color: string;
}

interface WeekGridProps {
  /** 168 characters, Monday 00:00 first, local time. */
  week: string;
  legend: WeekGridLegend[];
  label: string;
}

/** A week hour by hour: seven rows of 24 cells, coloured by what each hour is. */
export function WeekGrid({ week, legend, label }: WeekGridProps) {
  const colors = new Map(legend.map((entry) => [entry.char, entry.color]));
  const labels = new Map(legend.map((entry) => [entry.char, entry.label]));
  return (
    <Box>
      <div className={classes.grid} role="img" aria-label={label}>
        <span />
        {Array.from({ length: 24 }, (_, hour) => (
          <span key={hour} className={classes.hour}>
            {hour % 3 === 0 ? String(hour).padStart(2, '0') : ''}
          </span>
        ))}
        {DAYS.map((day, d) => (
          <Row
            key={day}
            day={day}
            hours={week.slice(d * 24, d * 24 + 24)}
            colors={colors}
            labels={labels}
          />
        ))}
      </div>
      <Group gap="md" mt={6}>
        {legend.map((entry) => (
          <Group key={entry.char} gap={4}>
            <span className={classes.key} style={{ background: entry.color }} />
            <Text size="xs">{entry.label}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}

function Row({
  day,
  hours,
  colors,
  labels,
}: {
  day: string;
  hours: string;
  colors: Map<string, string>;
  labels: Map<string, string>;
}) {
  return (
    <>
      <span className={classes.day}>{day}</span>
      {Array.from(hours).map((char, hour) => (
        <span
          key={hour}
          className={classes.slot}
          style={{ background: colors.get(char) ?? 'transparent' }}
          title={`${day} ${String(hour).padStart(2, '0')}:00 · ${labels.get(char) ?? ''}`}
        />
      ))}
    </>
  );
}
