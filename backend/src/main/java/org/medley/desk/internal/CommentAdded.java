package org.medley.desk.internal;

import java.time.Instant;
import org.medley.desk.TicketSnapshot;

/**
 * A comment was stored on a ticket (published in its transaction), for listeners inside the desk
 * that follow the conversation: the TMF621 hub tells partner listeners of new PUBLIC comments.
 */
record CommentAdded(TicketSnapshot ticket, long commentId, String visibility, Instant at) {}
