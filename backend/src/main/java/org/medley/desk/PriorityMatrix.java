package org.medley.desk;

/**
 * The ITIL impact × urgency matrix. Impact and urgency run from 1 (highest) to 3 (lowest); the sum
 * decides: 2 → P1, 3 → P2, 4 → P3, 5 or 6 → P4.
 */
public final class PriorityMatrix {

  private PriorityMatrix() {}

  public static Priority priorityOf(int impact, int urgency) {
    check("impact", impact);
    check("urgency", urgency);
    return switch (impact + urgency) {
      case 2 -> Priority.P1;
      case 3 -> Priority.P2;
      case 4 -> Priority.P3;
      default -> Priority.P4;
    };
  }

  private static void check(String name, int value) {
    if (value < 1 || value > 3) {
      throw new IllegalArgumentException(name + " must be 1, 2 or 3, not " + value);
    }
  }
}
