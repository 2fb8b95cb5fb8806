import { Box, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ApplicationSummary, CertifiedCell, CoverageStatus, PersonSummary } from '../types';
import {
  CLINICAL_DEVICE,
  certificationNote,
  LEVEL_COLOR,
  LEVEL_LABEL,
  percent,
  STATUS_LABEL,
} from '../utils/matrix';
import classes from './Heatmap.module.css';

const ROW_HEIGHT = 30;
const COLUMN_WIDTH = 26;
const HEADER_HEIGHT = 150;
const LEFT_WIDTH = 360;

interface HeatmapProps {
  rows: ApplicationSummary[];
  columns: PersonSummary[];
  levels: Map<number, Map<number, number>>;
  /** Cells whose skill rests on a certification, by application then person. */
  certifications?: Map<number, Map<number, CertifiedCell>>;
  /** What-if statuses that replace the current ones, by application id. */
  overrides: Map<number, CoverageStatus> | null;
  onApplication: (id: number) => void;
  onPerson: (id: number) => void;
  height?: number;
}

/**
 * Applications (rows) against people (columns), each cell a skill level. Both axes are
 * virtualised, so only the cells on screen exist: thousands of rows and hundreds of columns
 * scroll as smoothly as ten.
 */
export function Heatmap({
  rows,
  columns,
  levels,
  certifications,
  overrides,
  onApplication,
  onPerson,
  height = 620,
}: HeatmapProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizers' functions change as the user scrolls; this component reads them on every
  // render on purpose, so the compiler's memoisation is not wanted here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowVirtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: 8,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COLUMN_WIDTH,
    paddingStart: LEFT_WIDTH,
    overscan: 6,
  });
  const width = Math.max(columnVirtualizer.getTotalSize(), LEFT_WIDTH);
  const virtualColumns = columnVirtualizer.getVirtualItems();

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      style={{ height }}
      role="grid"
      aria-label="Coverage matrix: applications against staff, by skill level"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + 1}
      tabIndex={0}
    >
      <div style={{ width, height: rowVirtualizer.getTotalSize(), position: 'relative' }}>
        <div className={classes.header} style={{ width, height: HEADER_HEIGHT }} role="row">
          <div className={classes.corner} style={{ width: LEFT_WIDTH, height: HEADER_HEIGHT }}>
            <Text size="xs" c="dimmed">
              {rows.length.toLocaleString()} applications × {columns.length.toLocaleString()} people
            </Text>
            <Text size="xs" c="dimmed">
              Status · bus factor (people at level 3+) · support window covered
            </Text>
          </div>
          {virtualColumns.map((column) => {
            const person = columns[column.index]!;
            return (
              <UnstyledButton
                key={person.id}
                className={classes.columnHeader}
                style={{ left: column.start, width: COLUMN_WIDTH, height: HEADER_HEIGHT }}
                onClick={() => onPerson(person.id)}
                role="columnheader"
                aria-label={`${person.name}, ${person.team ?? 'no team'}${
                  person.kind === 'CONTRACTED' ? ', contracted' : ''
                }${person.burnout ? ', burnout risk' : ''}${certificationFlag(person)}`}
                title={`${person.name} · ${person.team ?? 'no team'} · ${
                  person.kind === 'CONTRACTED' ? `contracted (${person.employer})` : 'internal'
                }${person.burnout ? ' · burnout risk' : ''}${certificationFlag(person)}`}
              >
                <span
                  className={classes.columnName}
                  data-burnout={person.burnout || undefined}
                  data-certification={
                    person.expiredCertifications > 0
                      ? 'EXPIRED'
                      : person.expiringCertifications > 0
                        ? 'EXPIRING'
                        : undefined
                  }
                >
                  {person.name}
                </span>
                <span className={classes.kindBar} data-kind={person.kind} aria-hidden />
              </UnstyledButton>
            );
          })}
        </div>
        {rowVirtualizer.getVirtualItems().map((row) => {
          const app = rows[row.index]!;
          const status = overrides?.get(app.id) ?? app.status;
          const appLevels = levels.get(app.id);
          const appCertifications = certifications?.get(app.id);
          return (
            <div
              key={app.id}
              role="row"
              aria-rowindex={row.index + 2}
              className={classes.row}
              style={{ top: row.start, height: ROW_HEIGHT, width }}
            >
              <UnstyledButton
                className={classes.rowHeader}
                style={{ width: LEFT_WIDTH, height: ROW_HEIGHT }}
                onClick={() => onApplication(app.id)}
                role="rowheader"
                title={`${app.name} (${app.vendor}) · ${STATUS_LABEL[status]}`}
                data-device={app.category === CLINICAL_DEVICE || undefined}
              >
                <span className={classes.status} data-status={status}>
                  {STATUS_LABEL[status]}
                </span>
                <span className={classes.appName}>{app.name}</span>
                <span className={classes.metric} data-zero={app.busFactor === 0 || undefined}>
                  {app.busFactor}
                </span>
                <span className={classes.metric} data-zero={app.windowCoverage === 0 || undefined}>
                  {percent(app.windowCoverage)}
                </span>
              </UnstyledButton>
              {virtualColumns.map((column) => {
                const person = columns[column.index]!;
                const level = appLevels?.get(person.id) ?? 0;
                const certified = appCertifications?.get(person.id);
                const expired = certified?.state === 'EXPIRED';
                // An expired certification shows the recorded level, struck out: it counts 0.
                const shownLevel = expired ? certified.level : level;
                const note = certified ? ` · ${certificationNote(certified)}` : '';
                return (
                  <div
                    key={person.id}
                    role="gridcell"
                    className={classes.cell}
                    style={{
                      left: column.start,
                      width: COLUMN_WIDTH,
                      height: ROW_HEIGHT,
                    }}
                    title={
                      shownLevel > 0
                        ? `${person.name} on ${app.name}: level ${shownLevel}, ${LEVEL_LABEL[shownLevel]}${note}`
                        : undefined
                    }
                    data-certification={certified?.state}
                  >
                    {shownLevel > 0 &&
                      (expired ? (
                        <span className={classes.swatch} data-expired>
                          {shownLevel}
                        </span>
                      ) : (
                        <span
                          className={classes.swatch}
                          data-expiring={certified?.state === 'EXPIRING' || undefined}
                          style={{
                            background: LEVEL_COLOR[level],
                            color: level >= 3 ? '#fff' : '#1d3557',
                          }}
                        >
                          {level}
                        </span>
                      ))}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The level colours, explained. */
export function HeatmapLegend() {
  return (
    <Box className={classes.legend} aria-label="Skill levels">
      {LEVEL_LABEL.slice(1).map((label, index) => (
        <span key={label} className={classes.legendItem}>
          <span
            className={classes.swatch}
            style={{
              background: LEVEL_COLOR[index + 1],
              color: index + 1 >= 3 ? '#fff' : '#1d3557',
              position: 'static',
            }}
          >
            {index + 1}
          </span>
          {label}
        </span>
      ))}
      <span className={classes.legendItem}>
        <span className={classes.kindBar} data-kind="INTERNAL" style={{ position: 'static' }} />
        Internal
      </span>
      <span className={classes.legendItem}>
        <span className={classes.kindBar} data-kind="CONTRACTED" style={{ position: 'static' }} />
        Contracted
      </span>
      <span className={classes.legendItem}>
        <span className={classes.burnoutDot} /> Burnout risk
      </span>
      <span className={classes.legendItem}>
        <span className={classes.swatch} data-expiring style={legendSwatch(3)}>
          3
        </span>
        Certification expires within 60 days
      </span>
      <span className={classes.legendItem}>
        <span className={classes.swatch} data-expired style={{ position: 'static' }}>
          3
        </span>
        Certification expired: counts as 0
      </span>
    </Box>
  );
}

function legendSwatch(level: number) {
  return {
    background: LEVEL_COLOR[level],
    color: level >= 3 ? '#fff' : '#1d3557',
    position: 'static' as const,
  };
}

/** ", 1 certification expired, 2 expiring" for a column's label, or nothing. */
function certificationFlag(person: PersonSummary): string {
  const parts = [];
  if (person.expiredCertifications > 0) {
    parts.push(`${person.expiredCertifications} certification(s) expired`);
  }
  if (person.expiringCertifications > 0) {
    parts.push(`${person.expiringCertifications} expiring within 60 days`);
  }
  return parts.length ? ` · ${parts.join(', ')}` : '';
}
