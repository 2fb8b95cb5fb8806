package org.medley.integrations.api;

/**
 * The desk refused the update (a 4xx other than 429): sending it again cannot help. The backend
 * parks the event as a dead letter with the desk's answer, for an admin to read and re-drive.
 */
public class DeskRefused extends RuntimeException {

  private final int status;
  private final String answer;

  public DeskRefused(int status, String answer) {
    super("The desk refused the update: HTTP " + status + (answer.isBlank() ? "" : ": " + answer));
    this.status = status;
    this.answer = answer;
  }

  public int status() {
    return status;
  }

  /** The desk's answer body, shortened. */
  public String answer() {
    return answer;
  }
}
